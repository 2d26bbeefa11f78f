-- Student numbers belong to the registry (CSV imports, administrators). A number typed at self-registration is
-- only a claim (verified = FALSE): an import or an administrator giving the number to its real owner withdraws it.
ALTER TABLE users ADD COLUMN student_number_verified BOOLEAN DEFAULT TRUE NOT NULL;

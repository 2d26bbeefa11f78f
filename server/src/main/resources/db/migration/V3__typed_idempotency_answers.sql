-- Idempotent answers are stored as typed values; the HTTP status comes from the route table.
ALTER TABLE idempotency_keys DROP COLUMN status_code;

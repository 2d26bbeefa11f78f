-- What a course does with a check-in from a student not enrolled in it: FLAG for review (default) or REFUSE.
ALTER TABLE courses ADD COLUMN unenrolled_check_ins VARCHAR(16) DEFAULT 'FLAG' NOT NULL;

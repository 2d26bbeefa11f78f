-- Courses over an academic year: archived courses, a per-course "late" rule, further lecturers and teaching
-- assistants, e-mail notification preferences and what was last mailed (so nothing is sent twice).
ALTER TABLE courses ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE courses ADD COLUMN late_after_minutes INTEGER;

CREATE TABLE course_staff (
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX ix_course_staff_user ON course_staff (user_id);

ALTER TABLE users ADD COLUMN email_notifications BOOLEAN DEFAULT TRUE NOT NULL;
-- the day (institution time) the user's last daily digest was sent
ALTER TABLE users ADD COLUMN last_digest_on DATE;
-- set while the student has been told they are below the attendance threshold in this course; cleared when they
-- are back above it, so a later fall is told again
ALTER TABLE course_enrolments ADD COLUMN below_threshold_notified_at TIMESTAMP WITH TIME ZONE;

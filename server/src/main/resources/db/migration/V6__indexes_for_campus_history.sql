-- Query shapes that stay flat as the history grows (issue 11, cost growth on 10 k / 100 k / 1 M records):
-- the last day's check-ins for analytics, a student's own records (history, export, erasure, withdrawal),
-- the riskiest flagged records first (admin queue), a course's sessions over a date range (exports, dashboard).
CREATE INDEX ix_records_submitted_at ON attendance_records (submitted_at);
CREATE INDEX ix_records_student ON attendance_records (student_id, submitted_at);
CREATE INDEX ix_records_status_risk ON attendance_records (status, risk_score);
CREATE INDEX ix_sessions_course_starts ON attendance_sessions (course_id, starts_at);

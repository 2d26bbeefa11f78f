-- When a student withdraws biometric consent, their records keep status, reasons and scores but lose every
-- embedding and picture; this stamp says so (issue 12).
ALTER TABLE attendance_records ADD COLUMN biometrics_withdrawn_at TIMESTAMP WITH TIME ZONE;

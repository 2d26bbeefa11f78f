-- Token buckets for rate limits (sign-ins per address, kiosk enrolment codes, kiosk PIN attempts,
-- submissions per student), shared by every server instance. Idle rows are purged hourly.
CREATE TABLE rate_limit_buckets (
    bucket_key VARCHAR(200) PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    refilled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_rate_limit_buckets_refilled ON rate_limit_buckets (refilled_at);

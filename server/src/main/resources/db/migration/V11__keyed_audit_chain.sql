-- The audit chain becomes keyed (HMAC) and numbered: seq counts events without gaps (it is taken under the chain
-- head's lock, so a rolled-back transaction takes its number back), key_id names the key that signed the event.
-- Events written before this migration keep seq and key_id NULL and are verified as the old unkeyed chain.
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
ALTER TABLE audit_events ADD COLUMN key_id VARCHAR(16);
ALTER TABLE audit_events ADD CONSTRAINT uq_audit_events_seq UNIQUE (seq);

-- A check-in pass works once: its server mac is recorded when a kiosk accepts it (kept until well after expiry).
CREATE TABLE used_checkin_passes (
    pass_mac VARCHAR(64) NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_used_checkin_passes UNIQUE (pass_mac)
);
-- What the device layer noticed when the kiosk identified the student, carried to the completed check-in.
ALTER TABLE kiosk_checkins ADD COLUMN device_flags VARCHAR(200);

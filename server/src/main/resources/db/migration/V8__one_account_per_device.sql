-- One device id is bound to one account at a time: active_imei equals imei while the device is bound and is NULL
-- once released, like active_user_id. Existing duplicates keep their binding, but only the earliest holds the slot;
-- the others' check-ins are flagged DEVICE_SHARED until an administrator sorts them out.
ALTER TABLE devices ADD COLUMN active_imei VARCHAR(255);
UPDATE devices SET active_imei = imei WHERE active_user_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM devices earlier WHERE earlier.imei = devices.imei AND earlier.active_user_id IS NOT NULL
        AND earlier.id < devices.id);
ALTER TABLE devices ADD CONSTRAINT uq_devices_active_imei UNIQUE (active_imei);

-- One pending device-reset request per student (issue 13: 20 concurrent binds made 18 requests, 10 pending).
-- pending_user_id equals user_id while the request is pending and is NULL once decided, so a plain UNIQUE
-- constraint (portable to H2 and PostgreSQL, unlike a partial index) allows one pending request per student.
ALTER TABLE device_reset_requests ADD COLUMN pending_user_id BIGINT;

UPDATE device_reset_requests SET status = 'denied', note = 'Superseded by a newer request',
    decided_at = CURRENT_TIMESTAMP
WHERE status = 'pending'
  AND id < (SELECT MAX(newer.id) FROM device_reset_requests newer
            WHERE newer.user_id = device_reset_requests.user_id AND newer.status = 'pending');

UPDATE device_reset_requests SET pending_user_id = user_id WHERE status = 'pending';

ALTER TABLE device_reset_requests ADD CONSTRAINT uq_reset_requests_one_pending UNIQUE (pending_user_id);

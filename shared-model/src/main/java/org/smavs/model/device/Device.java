package org.smavs.model.device;

import java.time.OffsetDateTime;

public record Device(long id, long userId, String imei, String platform, String model, boolean hasPublicKey,
                     boolean active, OffsetDateTime boundAt) {
}

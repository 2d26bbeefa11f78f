package org.smavs.model.kiosk;

import java.util.List;

public record OfflineBatch(List<OfflineCheckIn> checkIns) {
}

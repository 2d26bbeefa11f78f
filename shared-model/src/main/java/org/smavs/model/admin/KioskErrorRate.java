package org.smavs.model.admin;

public record KioskErrorRate(long kioskId, String name, long checkIns, long failures, double errorRate) {
}

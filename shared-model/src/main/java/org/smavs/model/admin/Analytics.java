package org.smavs.model.admin;

import java.util.List;
import java.util.Map;

public record Analytics(Map<String, Long> usersByRole, long totalSessions, long activeSessions,
                        long totalSubmissions, double flagRate, Map<String, Long> flagsByReason,
                        List<KioskErrorRate> perKiosk, Map<String, Long> submissionsPerHour) {
}

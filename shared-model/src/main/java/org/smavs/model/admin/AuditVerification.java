package org.smavs.model.admin;

public record AuditVerification(boolean valid, long checked, Long firstBrokenId) {
}

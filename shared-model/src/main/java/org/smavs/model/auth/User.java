package org.smavs.model.auth;

import java.time.OffsetDateTime;

public record User(long id, String email, String fullName, Role role, boolean isActive, String studentNumber,
                   OffsetDateTime createdAt, boolean faceEnrolled, boolean deviceBound) {
}

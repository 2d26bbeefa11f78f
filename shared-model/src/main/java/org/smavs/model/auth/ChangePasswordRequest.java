package org.smavs.model.auth;

/** POST /auth/change-password. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
}

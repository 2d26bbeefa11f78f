package org.smavs.model.auth;

/** POST /auth/reset-password with the token from the mailed link. */
public record ResetPasswordRequest(String token, String newPassword) {
}

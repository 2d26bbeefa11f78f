package org.smavs.model.auth;

/** PATCH /auth/me: the caller's own preferences; null keeps the value. */
public record UpdateProfileRequest(Boolean emailNotifications) {
}

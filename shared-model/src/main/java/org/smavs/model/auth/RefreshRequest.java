package org.smavs.model.auth;

public record RefreshRequest(String refreshToken) {
}

package org.smavs.model.auth;

/** Login/refresh answer. {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}

package org.smavs.model.auth;

/**
 * POST /auth/totp/setup: a new authenticator secret, waiting for its first code. {@code otpauthUri} is what an
 * authenticator app reads; {@code qrPng} the same as a PNG QR code (base64).
 */
public record TotpSetup(String secret, String otpauthUri, String qrPng) {
}

package org.smavs.model.auth;

/** POST /auth/login. {@code totpCode}: the authenticator (or a recovery) code, for accounts with a second factor. */
public record LoginRequest(String email, String password, String totpCode) {

    public LoginRequest(String email, String password) {
        this(email, password, null);
    }
}

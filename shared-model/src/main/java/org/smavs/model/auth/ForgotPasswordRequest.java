package org.smavs.model.auth;

/** POST /auth/forgot-password: answered 202 whether or not an account has this address. */
public record ForgotPasswordRequest(String email) {
}

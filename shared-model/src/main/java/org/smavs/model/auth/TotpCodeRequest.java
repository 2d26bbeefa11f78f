package org.smavs.model.auth;

/** POST /auth/totp/enable: the first code from the authenticator app, proving it was set up. */
public record TotpCodeRequest(String code) {
}

package org.smavs.model.auth;

/** POST /auth/totp/disable: the account's password, so a borrowed session cannot switch the second factor off. */
public record TotpDisableRequest(String password) {
}

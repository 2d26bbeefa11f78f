package org.smavs.model.auth;

/**
 * GET /auth/providers: how people can sign in here, so apps show only what works. {@code oidcName}: the button
 * text for the institution's single sign-on, null while single sign-on is not configured.
 */
public record SignInProviders(boolean password, boolean passwordReset, String oidcName) {
}

package org.smavs.model.auth;

/** POST /auth/oidc/token: the one-time code from the loopback redirect, with the app's PKCE verifier. */
public record OidcTokenRequest(String code, String codeVerifier, String redirectUri) {
}

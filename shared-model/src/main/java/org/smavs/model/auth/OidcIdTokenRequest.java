package org.smavs.model.auth;

/** POST /auth/oidc/id-token: an ID token a mobile app obtained from the institution's provider itself. */
public record OidcIdTokenRequest(String idToken) {
}

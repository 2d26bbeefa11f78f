package org.smavs.server.config;

import java.util.List;
import java.util.Locale;

/**
 * Single sign-on with the institution's OpenID provider. Off while {@code SMAVS_OIDC_ISSUER} is empty. The
 * browser flow (desktop) needs the client id and secret; the mobile flow needs only the issuer and the mobile
 * apps' client ids (their ID tokens are checked, never exchanged).
 *
 * @param allowedEmailDomains lower-case domains; empty = any (only used when auto-creating and when the provider
 *                            does not say whether an address is verified)
 * @param displayName         the name on the sign-in button ("Sign in with …")
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, List<String> mobileClientIds,
                           boolean autoCreateStudents, List<String> allowedEmailDomains, String displayName) {

    public static OidcSettings off() {
        return new OidcSettings(null, null, null, List.of(), false, List.of(), null);
    }

    static OidcSettings fromEnvironment(EnvReader read) {
        String issuer = read.string("SMAVS_OIDC_ISSUER", null);
        return new OidcSettings(issuer == null || issuer.isBlank() ? null : issuer.strip(),
                read.string("SMAVS_OIDC_CLIENT_ID", null), read.string("SMAVS_OIDC_CLIENT_SECRET", null),
                read.list("SMAVS_OIDC_MOBILE_CLIENT_IDS", ""),
                read.bool("SMAVS_OIDC_AUTO_CREATE_STUDENTS", false),
                read.list("SMAVS_OIDC_ALLOWED_EMAIL_DOMAINS", "").stream()
                        .map(domain -> domain.toLowerCase(Locale.ROOT).replaceFirst("^@", "")).toList(),
                read.string("SMAVS_OIDC_DISPLAY_NAME", read.string("SMAVS_INSTITUTION_NAME", "your university")));
    }

    public boolean enabled() {
        return issuer != null;
    }

    /** The browser (desktop) flow: the server exchanges the provider's code with its own client credentials. */
    public boolean browserFlowEnabled() {
        return enabled() && clientId != null && !clientId.isBlank();
    }

    /** Problems that stop start-up in any environment: a half-configured provider is a mistake, not a default. */
    public List<String> problems() {
        if (!enabled()) {
            return List.of();
        }
        List<String> problems = new java.util.ArrayList<>();
        if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
            problems.add("SMAVS_OIDC_ISSUER must be the provider's https:// address, not '" + issuer + "'");
        }
        if (!browserFlowEnabled() && mobileClientIds.isEmpty()) {
            problems.add("SMAVS_OIDC_ISSUER is set but neither SMAVS_OIDC_CLIENT_ID nor SMAVS_OIDC_MOBILE_CLIENT_IDS is");
        }
        if (browserFlowEnabled() && (clientSecret == null || clientSecret.isBlank())) {
            problems.add("SMAVS_OIDC_CLIENT_ID is set without SMAVS_OIDC_CLIENT_SECRET");
        }
        return problems;
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", mobileClientIds=" + mobileClientIds
                + ", autoCreateStudents=" + autoCreateStudents + ", allowedEmailDomains=" + allowedEmailDomains + "]";
    }
}

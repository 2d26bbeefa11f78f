package org.smavs.server.testing;

import com.nimbusds.jwt.SignedJWT;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import org.smavs.server.config.OidcSettings;

/**
 * A real OpenID provider for tests (NAV's mock-oauth2-server: discovery, JWKS, authorize, token endpoints,
 * signed ID tokens), started on a free port, with the settings SMAVS needs to use it.
 */
public final class OpenIdProvider implements AutoCloseable {
    public static final String ISSUER_ID = "uni";
    public static final String DESKTOP_CLIENT = "smavs-desktop";
    public static final String MOBILE_CLIENT = "smavs-mobile";

    private final KeyProvider keys = new KeyProvider();
    private final MockOAuth2Server server = new MockOAuth2Server(
            new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)));

    public OpenIdProvider() {
        server.start();
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public OidcSettings settings(boolean autoCreateStudents, List<String> allowedDomains) {
        return new OidcSettings(issuer(), DESKTOP_CLIENT, "desktop-client-secret", List.of(MOBILE_CLIENT),
                autoCreateStudents, allowedDomains, "Test University");
    }

    /** The next browser sign-in at the provider is this person (the provider asks nothing: it is a test). */
    public void nextSignInIs(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
    }

    /** An ID token as a mobile app would get it: for {@code audience}, valid for {@code seconds} (negative: expired). */
    public SignedJWT idToken(String audience, String subject, Map<String, Object> claims, long seconds) {
        return server.issueToken(ISSUER_ID, subject, audience, claims, seconds);
    }

    /**
     * A key rotation: the provider forgets its signing key and makes a new one (with a new key id); tokens from
     * now on are signed with it and its JWKS shows only the new key. The mock has no public way to do this.
     */
    public void rotateSigningKey() throws ReflectiveOperationException {
        Field field = KeyProvider.class.getDeclaredField("signingKeys");
        field.setAccessible(true);
        ((ConcurrentHashMap<?, ?>) field.get(keys)).clear();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

package org.smavs.server.auth.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smavs.server.config.OidcSettings;

/**
 * The institution's OpenID provider as SMAVS sees it, on Nimbus: discovery from the issuer (fetched when first
 * needed and kept; fetched again after a failure), the provider's signing keys (cached, and fetched again when a
 * token names a key not yet seen: that is how a key rotation arrives), the authorization URL with PKCE S256 and a
 * nonce, the server-side code exchange (the client secret never leaves the server) and ID-token checks (signature
 * with an asymmetric key of the provider, issuer, audience, expiry and issue time with a minute of skew, nonce).
 */
public final class OidcProvider {
    /** Clocks of the provider and of SMAVS may differ this much. */
    static final int CLOCK_SKEW_SECONDS = 60;
    private static final int TIMEOUT_MS = (int) Duration.ofSeconds(10).toMillis();
    private static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(10);

    private final OidcSettings settings;
    private final URI callbackUri;
    private volatile Resolved resolved;

    /** What discovery gives, with the key source and one validator per accepted audience. */
    private record Resolved(OIDCProviderMetadata metadata, Map<String, IDTokenValidator> validators,
                            java.time.Instant keysFetchedAt) {
    }

    /** What SMAVS keeps of a checked ID token. {@code emailVerified} is null when the provider does not say. */
    public record VerifiedIdentity(String subject, String email, Boolean emailVerified, String name,
                                   java.time.Instant expiresAt) {
    }

    /** The provider refused or could not be reached; the message is a sentence for the person signing in. */
    public static final class ProviderException extends Exception {
        public ProviderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public OidcProvider(OidcSettings settings, URI callbackUri) {
        this.settings = settings;
        this.callbackUri = callbackUri;
    }

    public URI callbackUri() {
        return callbackUri;
    }

    /** Where to send the browser: the provider's login with our state, nonce and PKCE challenge. */
    public URI authorizationUri(String state, String nonce, String verifier) throws ProviderException {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()), callbackUri)
                .endpointURI(resolve().metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(verifier), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Exchanges the provider's code (with our verifier and secret) and checks the ID token it returns. */
    public VerifiedIdentity exchange(String code, String verifier, String nonce) throws ProviderException {
        Resolved provider = resolve();
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), callbackUri, new CodeVerifier(verifier)));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new ProviderException("The university's sign-in service could not be reached; try again in a "
                    + "minute", e);
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            throw new ProviderException("The university's sign-in service refused the sign-in ("
                    + error.getErrorObject().getCode() + ")", null);
        }
        OIDCTokens tokens = ((com.nimbusds.openid.connect.sdk.OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens();
        if (tokens.getIDToken() == null) {
            throw new ProviderException("The university's sign-in service sent no ID token", null);
        }
        return check(tokens.getIDToken(), settings.clientId(), nonce);
    }

    /** Checks an ID token a mobile app obtained itself: its audience must be one of the configured mobile apps. */
    public VerifiedIdentity checkMobileIdToken(String idToken) throws ProviderException {
        JWT jwt;
        List<String> audiences;
        try {
            jwt = JWTParser.parse(idToken);
            audiences = jwt.getJWTClaimsSet().getAudience();
        } catch (ParseException e) {
            throw new ProviderException("This is not an ID token", e);
        }
        String audience = audiences.stream().filter(settings.mobileClientIds()::contains).findFirst().orElse(null);
        if (audience == null) {
            throw new ProviderException("This ID token was issued to an app SMAVS does not know", null);
        }
        return check(jwt, audience, null);
    }

    private VerifiedIdentity check(JWT idToken, String audience, String nonce) throws ProviderException {
        if (!(idToken instanceof SignedJWT)) {
            throw new ProviderException("The ID token is not signed", null);
        }
        Resolved provider = resolve();
        try {
            return validate(provider, idToken, audience, nonce);
        } catch (BadJWSException signature) {
            // Some providers rotate the key behind an unchanged key id: the cached key then fails a genuine token.
            // Fetch the keys again (at most every KEY_REFETCH_INTERVAL, so forged tokens cannot flood the provider).
            Resolved refreshed = refetchKeys(provider);
            if (refreshed == provider) {
                throw invalid(signature);
            }
            try {
                return validate(refreshed, idToken, audience, nonce);
            } catch (BadJOSEException e) {
                throw invalid(e);
            }
        } catch (BadJOSEException e) {
            throw invalid(e);
        }
    }

    private VerifiedIdentity validate(Resolved provider, JWT idToken, String audience, String nonce)
            throws BadJOSEException, ProviderException {
        IDTokenValidator validator = provider.validators().get(audience);
        if (validator == null) {
            throw new ProviderException("This ID token was issued to an app SMAVS does not know", null);
        }
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, nonce == null ? null : new Nonce(nonce));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new ProviderException("The ID token could not be checked; try again in a minute", e);
        }
        Object verified = claims.getClaim("email_verified");
        return new VerifiedIdentity(claims.getSubject().getValue(), claims.getStringClaim("email"),
                verified instanceof Boolean flag ? flag : verified instanceof String text ? Boolean.valueOf(text) : null,
                claims.getStringClaim("name"), claims.getExpirationTime().toInstant());
    }

    private static ProviderException invalid(BadJOSEException e) {
        return new ProviderException("The ID token is not valid: " + e.getMessage(), e);
    }

    /** The same provider with its keys fetched anew, or {@code current} when keys were fetched very recently. */
    private synchronized Resolved refetchKeys(Resolved current) throws ProviderException {
        if (resolved != current) {
            return resolved; // another request refreshed them already
        }
        if (current.keysFetchedAt().plus(KEY_REFETCH_INTERVAL).isAfter(java.time.Instant.now())) {
            return current;
        }
        resolved = withKeys(current.metadata());
        return resolved;
    }

    private Resolved resolve() throws ProviderException {
        Resolved current = resolved;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (resolved == null) {
                resolved = discover();
            }
            return resolved;
        }
    }

    private Resolved discover() throws ProviderException {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new ProviderException("The university's sign-in service could not be reached; try again in a "
                    + "minute", e);
        }
        return withKeys(metadata);
    }

    /** Validators for every accepted audience over a fresh key source (cached; fetched again for unknown key ids). */
    private Resolved withKeys(OIDCProviderMetadata metadata) throws ProviderException {
        URL jwks;
        try {
            jwks = metadata.getJWKSetURI().toURL();
        } catch (java.net.MalformedURLException | NullPointerException e) {
            throw new ProviderException("The university's sign-in service publishes no signing keys", e);
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks)
                .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(15).toMillis())
                .rateLimited(Duration.ofSeconds(10).toMillis())
                .retrying(true)
                .build();
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        List<JWSAlgorithm> advertised = metadata.getIDTokenJWSAlgs() == null ? List.of(JWSAlgorithm.RS256)
                : metadata.getIDTokenJWSAlgs();
        for (JWSAlgorithm algorithm : advertised) {
            // Only the provider's public keys: never HMAC (its key would be a shared secret) and never "none".
            if (JWSAlgorithm.Family.SIGNATURE.contains(algorithm)) {
                algorithms.add(algorithm);
            }
        }
        if (algorithms.isEmpty()) {
            throw new ProviderException("The university's sign-in service signs ID tokens with no algorithm SMAVS "
                    + "accepts", null);
        }
        Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();
        List<String> audiences = new java.util.ArrayList<>(settings.mobileClientIds());
        if (settings.browserFlowEnabled()) {
            audiences.add(settings.clientId());
        }
        for (String audience : audiences) {
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(audience),
                    new JWSVerificationKeySelector<>(algorithms, keys), null);
            validator.setMaxClockSkew(CLOCK_SKEW_SECONDS);
            validators.put(audience, validator);
        }
        return new Resolved(metadata, validators, java.time.Instant.now());
    }
}

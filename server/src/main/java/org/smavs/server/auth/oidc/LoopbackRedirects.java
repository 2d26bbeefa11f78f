package org.smavs.server.auth.oidc;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Which redirect URIs a native app may ask for (RFC 8252 section 7.3): plain http to the loopback address literal
 * (127.0.0.1 or [::1]) with an explicit port, no user info and no fragment. "localhost" is refused, as the RFC
 * advises: a name can be made to resolve elsewhere; anything else would let a link send the one-time code away.
 */
public final class LoopbackRedirects {
    private static final int MAX_LENGTH = 400;

    private LoopbackRedirects() {
    }

    /** The URI when it is an acceptable loopback redirect, otherwise null. */
    public static URI parse(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > MAX_LENGTH) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return null;
        }
        boolean loopback = "127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost());
        if (!"http".equals(uri.getScheme()) || !loopback || uri.getPort() <= 0 || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return null;
        }
        return uri;
    }
}

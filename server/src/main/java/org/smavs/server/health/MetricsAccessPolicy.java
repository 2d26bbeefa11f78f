package org.smavs.server.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read /metrics (request counts per route, pool sizes: a map of the system for an attacker). With
 * {@code SMAVS_METRICS_TOKEN} set, whoever sends it as a bearer token (Prometheus' {@code authorization}
 * setting); without it, only a scraper on the same machine talking to the server directly (a loopback peer and
 * no {@code X-Forwarded-For}, so a reverse proxy on the same host does not open it to the internet).
 */
public final class MetricsAccessPolicy {
    private MetricsAccessPolicy() {
    }

    public static boolean allows(String configuredToken, String authorization, String peerAddress,
                                 boolean forwarded) {
        if (configuredToken != null && !configuredToken.isBlank()) {
            String expected = "Bearer " + configuredToken;
            return authorization != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    authorization.trim().getBytes(StandardCharsets.UTF_8));
        }
        return !forwarded && isLoopback(peerAddress);
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return false; // only literal addresses: never a name lookup here
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package org.smavs.server.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smavs.server.crypto.HmacSha256;

/**
 * The keys of the audit chain: each event and each checkpoint carries an HMAC-SHA256 under the current key and
 * the key's id; older keys still verify. They are derived from the server's secrets (the current SECRET_KEY and
 * the previous ones kept for a rotation), so the chain rotates with them and nobody with only database access
 * can recompute it.
 */
public final class AuditKeys {
    private static final String PURPOSE = "smavs audit chain v1";

    private final String currentId;
    private final Map<String, byte[]> byId;

    private AuditKeys(String currentId, Map<String, byte[]> byId) {
        this.currentId = currentId;
        this.byId = byId;
    }

    /** {@code secrets}: the current server secret first, then previous ones. */
    public static AuditKeys derivedFrom(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("The audit chain needs the server's secret");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String secret : secrets) {
            byte[] key = HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), PURPOSE);
            keys.putIfAbsent(idOf(key), key);
        }
        return new AuditKeys(keys.keySet().iterator().next(), keys);
    }

    String currentId() {
        return currentId;
    }

    boolean knows(String keyId) {
        return byId.containsKey(keyId);
    }

    /** Hex HMAC of {@code text} under the key {@code keyId}. */
    String sign(String keyId, String text) {
        byte[] key = byId.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("Unknown audit key " + keyId);
        }
        return HexFormat.of().formatHex(HmacSha256.of(key, text));
    }

    /** A short public name of a key: reveals nothing about it. */
    private static String idOf(byte[] key) {
        return HexFormat.of().formatHex(HmacSha256.of(key, "key id")).substring(0, 12);
    }

}

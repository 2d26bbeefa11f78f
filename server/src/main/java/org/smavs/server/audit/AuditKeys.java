package org.smavs.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
            byte[] key = hmac(secret.getBytes(StandardCharsets.UTF_8), PURPOSE);
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
        return HexFormat.of().formatHex(hmac(key, text));
    }

    /** A short public name of a key: reveals nothing about it. */
    private static String idOf(byte[] key) {
        return HexFormat.of().formatHex(hmac(key, "key id")).substring(0, 12);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}

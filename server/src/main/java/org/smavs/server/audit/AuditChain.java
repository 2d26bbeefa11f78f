package org.smavs.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash-chain rule: each event's hash covers its fields and the previous event's hash. Events since the chain
 * became keyed are HMACs that also cover their number and key id; older events stay plain SHA-256.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String keyedHash(AuditKeys keys, String keyId, long seq, String prevHash, AuditFields f) {
        return keys.sign(keyId, String.join("\u001f", "v2", Long.toString(seq), keyId, canonical(prevHash, f)));
    }

    /** The unkeyed hash of events written before the chain was keyed. */
    static String hash(String prevHash, AuditFields f) {
        String canonical = canonical(prevHash, f);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(String prevHash, AuditFields f) {
        return String.join("\u001f", prevHash, String.valueOf(f.occurredAt()), String.valueOf(f.actorId()),
                String.valueOf(f.actorRole()), f.action(), String.valueOf(f.targetType()), String.valueOf(f.targetId()),
                String.valueOf(f.detail()), String.valueOf(f.requestId()), String.valueOf(f.ip()));
    }
}

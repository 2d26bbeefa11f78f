package org.smavs.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The pure hash-chain rule: each event's hash covers its fields and the previous event's hash. */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, AuditFields f) {
        String canonical = String.join("\u001f", prevHash, String.valueOf(f.occurredAt()), String.valueOf(f.actorId()),
                String.valueOf(f.actorRole()), f.action(), String.valueOf(f.targetType()), String.valueOf(f.targetId()),
                String.valueOf(f.detail()), String.valueOf(f.requestId()), String.valueOf(f.ip()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

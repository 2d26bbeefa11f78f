package org.smavs.server.attendance;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smavs.server.crypto.Sha256;

/**
 * The fields of POST /students/attendance after parsing. The session is named by {@code sessionCode}, by
 * {@code qrToken}, or by the seed's {@code qrSessionId} + {@code qrNonce} pair. Images are the raw uploaded
 * bytes (checked later by content).
 */
public record SubmissionForm(String sessionCode, String qrToken, String qrSessionId, String qrNonce, String imei,
                             Double latitude, Double longitude, Double accuracyM, byte[] selfie, byte[] presenceImage,
                             String deviceSignature) {

    /** A digest of everything the request says, to tell an honest retry from a reused Idempotency-Key. */
    public String fingerprint() {
        String text = Stream.of(sessionCode, qrToken, qrSessionId, qrNonce, imei, latitude, longitude, accuracyM,
                        selfie == null ? null : Sha256.hex(selfie), presenceImage == null ? null : Sha256.hex(presenceImage),
                        deviceSignature)
                .map(value -> value == null ? "\u0000" : Objects.toString(value))
                .collect(Collectors.joining("\u001f"));
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}

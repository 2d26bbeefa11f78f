package org.smavs.server.device;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smavs.model.attendance.ReasonCode;

/**
 * The device layer of a submission, as reason codes:
 * <ul>
 *   <li>{@code DEVICE_NOT_BOUND}: the student has no bound device (binding is a separate, deliberate step);</li>
 *   <li>{@code DEVICE_MISMATCH}: the submitted device id is not the bound one, or a key is bound and the
 *       signature over {@code "<session id>|<time step>|<student id>"} is missing or wrong for every
 *       accepted time step (current, one ahead, and the QR grace steps behind);</li>
 *   <li>{@code DEVICE_SHARED}: the submitted device id is bound to another student's account (two people, one
 *       phone: the classic proxy check-in);</li>
 *   <li>{@code NEW_DEVICE}: the bound device replaced an earlier one less than {@link #NEW_DEVICE_WINDOW} ago
 *       (a first binding is not "new": every student has one).</li>
 * </ul>
 */
public final class DevicePolicy {
    public static final Duration NEW_DEVICE_WINDOW = Duration.ofHours(24);

    /**
     * What the layer knows about the student's binding ({@code boundDeviceId} null when none), and whether the
     * device id being submitted is bound to somebody else.
     */
    public record Binding(String boundDeviceId, String publicKeyBase64, Instant boundAt, boolean replacedEarlier,
                          boolean submittedDeviceBoundToAnother) {
        public Binding(String boundDeviceId, String publicKeyBase64, Instant boundAt, boolean replacedEarlier) {
            this(boundDeviceId, publicKeyBase64, boundAt, replacedEarlier, false);
        }

        public static Binding none() {
            return new Binding(null, null, null, false);
        }

        public Binding withSubmittedDeviceBoundToAnother(boolean boundToAnother) {
            return new Binding(boundDeviceId, publicKeyBase64, boundAt, replacedEarlier, boundToAnother);
        }
    }

    private DevicePolicy() {
    }

    public static List<ReasonCode> evaluate(Binding binding, String submittedDeviceId, String signature,
                                            long sessionId, long studentId, List<Long> acceptedSteps, Instant now) {
        List<ReasonCode> flags = new ArrayList<>();
        if (binding.submittedDeviceBoundToAnother()) {
            flags.add(ReasonCode.DEVICE_SHARED);
        }
        if (binding.boundDeviceId() == null) {
            flags.add(ReasonCode.DEVICE_NOT_BOUND);
            return flags;
        }
        boolean sameDevice = submittedDeviceId != null && binding.boundDeviceId().equals(submittedDeviceId.trim());
        if (!sameDevice || binding.publicKeyBase64() != null
                && !signedForAnyStep(binding.publicKeyBase64(), signature, sessionId, studentId, acceptedSteps)) {
            flags.add(ReasonCode.DEVICE_MISMATCH);
        }
        if (binding.replacedEarlier() && binding.boundAt() != null
                && binding.boundAt().plus(NEW_DEVICE_WINDOW).isAfter(now)) {
            flags.add(ReasonCode.NEW_DEVICE);
        }
        return flags;
    }

    private static boolean signedForAnyStep(String publicKey, String signature, long sessionId, long studentId,
                                            List<Long> steps) {
        PublicKey key = DeviceKeys.parse(publicKey);
        if (key == null || signature == null) {
            return false;
        }
        for (long step : steps) {
            if (DeviceKeys.verify(key, DeviceKeys.submissionMessage(sessionId, step, studentId), signature)) {
                return true;
            }
        }
        return false;
    }
}

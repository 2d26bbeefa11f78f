package org.smavs.server.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.server.error.RuleViolationException;

class DevicePolicyTest {
    private final Instant now = Instant.parse("2026-11-25T14:00:00Z");
    private final List<Long> steps = List.of(100L, 99L);

    private static String sign(String algorithm, KeyPair keys, String message) throws Exception {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(keys.getPrivate());
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private static String publicKey(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    @Test
    void noBindingAndAnotherDeviceAreFlagged() {
        assertThat(DevicePolicy.evaluate(DevicePolicy.Binding.none(), "x", null, 1, 2, steps, now))
                .containsExactly(ReasonCode.DEVICE_NOT_BOUND);
        DevicePolicy.Binding bound = new DevicePolicy.Binding("phone-a", null, now.minusSeconds(86_400 * 30), false);
        assertThat(DevicePolicy.evaluate(bound, "phone-a", null, 1, 2, steps, now)).isEmpty();
        assertThat(DevicePolicy.evaluate(bound, "phone-b", null, 1, 2, steps, now)).containsExactly(ReasonCode.DEVICE_MISMATCH);
    }

    @Test
    void aReplacementDeviceIsNewForADay() {
        DevicePolicy.Binding fresh = new DevicePolicy.Binding("phone-b", null, now.minus(Duration.ofHours(2)), true);
        assertThat(DevicePolicy.evaluate(fresh, "phone-b", null, 1, 2, steps, now)).containsExactly(ReasonCode.NEW_DEVICE);
        DevicePolicy.Binding settled = new DevicePolicy.Binding("phone-b", null, now.minus(Duration.ofHours(25)), true);
        assertThat(DevicePolicy.evaluate(settled, "phone-b", null, 1, 2, steps, now)).isEmpty();
    }

    @Test
    void ed25519AndP256SignaturesAreCheckedForAnAcceptedStep() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DevicePolicy.Binding edBinding = new DevicePolicy.Binding("phone", publicKey(ed), now.minusSeconds(999_999), false);
        assertThat(DevicePolicy.evaluate(edBinding, "phone", sign("Ed25519", ed, "7|99|3"), 7, 3, steps, now)).isEmpty();
        assertThat(DevicePolicy.evaluate(edBinding, "phone", sign("Ed25519", ed, "7|98|3"), 7, 3, steps, now))
                .containsExactly(ReasonCode.DEVICE_MISMATCH);
        assertThat(DevicePolicy.evaluate(edBinding, "phone", null, 7, 3, steps, now)).containsExactly(ReasonCode.DEVICE_MISMATCH);

        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = ec.generateKeyPair();
        DevicePolicy.Binding ecBinding = new DevicePolicy.Binding("phone", publicKey(p256), now.minusSeconds(999_999), false);
        assertThat(DevicePolicy.evaluate(ecBinding, "phone", sign("SHA256withECDSA", p256, "7|100|3"), 7, 3, steps, now)).isEmpty();
        assertThat(DevicePolicy.evaluate(ecBinding, "phone", sign("SHA256withECDSAinP1363Format", p256, "7|100|3"),
                7, 3, steps, now)).isEmpty();
    }

    @Test
    void onlyEd25519AndP256KeysAreAccepted() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        assertThat(DeviceKeys.parse(publicKey(ec.generateKeyPair()))).isNull();
        assertThat(DeviceKeys.parse("not base64 !")).isNull();
        assertThat(DeviceKeys.parse(publicKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()))).isNotNull();
    }

    @Test
    void aCheckinPassVerifiesUntilItExpiresAndCannotBeForged() {
        Clock issuedAt = Clock.fixed(now, ZoneOffset.UTC);
        CheckinPasses passes = new CheckinPasses("server-secret", issuedAt);
        CheckinPasses.Issued issued = passes.issue(12, 34);
        assertThat(issued.expiresAt()).isBeforeOrEqualTo(now.plusSeconds(60));
        CheckinPasses.Verified verified = passes.verify(issued.pass());
        assertThat(verified.studentId()).isEqualTo(12);
        assertThat(verified.deviceId()).isEqualTo(34);
        assertThat(passes.verify(issued.pass() + ".device-signature").deviceSignature()).isEqualTo("device-signature");

        String forged = issued.pass().replaceFirst("cp1\\.12\\.", "cp1.13.");
        assertThatThrownBy(() -> passes.verify(forged)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CheckinPasses("other-secret", issuedAt).verify(issued.pass()))
                .isInstanceOf(RuleViolationException.class);
        CheckinPasses later = new CheckinPasses("server-secret", Clock.fixed(issued.expiresAt(), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.verify(issued.pass())).hasMessageContaining("expired");
    }
}

package org.smavs.server.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.server.config.ServerConfig;
import org.smavs.server.face.FaceImages;
import org.smavs.server.crypto.BiometricCipher;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * An operator rotates SMAVS_FACE_KEY: templates sealed under the old key keep verifying while it is listed in
 * SMAVS_PREVIOUS_FACE_KEYS, the maintenance job re-encrypts them under the new key, and afterwards the old
 * key can be dropped without losing anyone's enrolment.
 */
class FaceKeyRotationIT {
    private static final String OLD_KEY = "11".repeat(32);
    private static final String NEW_KEY = "22".repeat(32);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void templatesSurviveAKeyRotationAndAreReEncrypted(TestDatabase.Kind kind) {
        BufferedImage hopper = FaceImages.portrait(FaceImages.GRACE_HOPPER);
        byte[] selfie = FaceImages.jpeg(FaceImages.scale(hopper, 0.9), 0.85f);
        try (TestServer server = TestServer.start(kind, config -> withFaceKeys(config, OLD_KEY, ""), Clock.systemUTC())) {
            String email = "rotation." + System.nanoTime() + "@uni.test";
            server.anonymous().auth().register(new RegisterRequest(email, "password-rotation", "Grace Hopper"));
            server.signIn(email, "password-rotation").student().enrollFace(FaceImages.png(hopper), true);
            assertThat(storedHeaders(server)).containsOnly(headerOf(OLD_KEY));
            long broken = brokenTemplate(server);

            server.restart(config -> withFaceKeys(config, NEW_KEY, OLD_KEY));
            ApiClient student = server.signIn(email, "password-rotation");
            assertThat(student.student().verifyFace(selfie).match()).as("old template, new key listed first").isTrue();

            // an instance configured without the old key cannot read the template: a clear 503, not a crash
            server.restart(config -> withFaceKeys(config, NEW_KEY, ""));
            assertThatThrownBy(() -> server.signIn(email, "password-rotation").student().verifyFace(selfie))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo(ErrorCodes.FACE_UNAVAILABLE);
                    });
            server.restart(config -> withFaceKeys(config, NEW_KEY, OLD_KEY));

            server.app().runMaintenanceNow();
            assertThat(storedHeaders(server)).as("a corrupt template is skipped, not a stop")
                    .containsExactlyInAnyOrder(headerOf(NEW_KEY), "corrupt!!!!!");
            String brokenText = server.app().database().inTransaction(session -> session.createSelectionQuery(
                    "select t.templateCiphertext from FaceTemplateEntity t where t.userId = :user", String.class)
                    .setParameter("user", broken).getSingleResult());
            assertThat(brokenText).startsWith("corrupt!");

            server.restart(config -> withFaceKeys(config, NEW_KEY, ""));
            assertThat(server.signIn(email, "password-rotation").student().verifyFace(selfie).match())
                    .as("after re-encryption the old key is no longer needed").isTrue();
        }
    }

    /** Another enrolled student whose stored template text has been damaged (not even base64). */
    private static long brokenTemplate(TestServer server) {
        String email = "broken." + System.nanoTime() + "@uni.test";
        long id = server.anonymous().auth().register(new RegisterRequest(email, "password-broken", "Broken Template")).id();
        server.signIn(email, "password-broken").student().enrollFace(
                FaceImages.png(FaceImages.portrait(FaceImages.ASTRONAUT)), true);
        server.app().database().run(session -> session.createMutationQuery(
                        "update FaceTemplateEntity t set t.templateCiphertext = 'corrupt!!!!!-and-more' where t.userId = :user")
                .setParameter("user", id).executeUpdate());
        return id;
    }

    private static ServerConfig withFaceKeys(ServerConfig config, String current, String previous) {
        Map<String, String> env = new HashMap<>();
        env.put("SMAVS_DATA_DIR", config.dataDir().toString());
        env.put("SECRET_KEY", config.tokens().secretKey());
        env.put("SMAVS_MODELS_DIR", config.face().modelsDir().toString());
        env.put("SMAVS_FACE_KEY", current);
        env.put("SMAVS_PREVIOUS_FACE_KEYS", previous);
        return ServerConfig.fromEnvironment(env).withDatabase(config.database());
    }

    /** The first 12 base64 characters (format, purpose, key id) of every stored template. */
    private static List<String> storedHeaders(TestServer server) {
        return server.app().database().inTransaction(session -> session
                .createSelectionQuery("select t.templateCiphertext from FaceTemplateEntity t", String.class)
                .getResultList().stream().map(text -> text.substring(0, 12)).distinct().toList());
    }

    private static String headerOf(String hexKey) {
        return new BiometricCipher(hexKey, List.of()).currentTextPrefix(BiometricCipher.Purpose.FACE_TEMPLATE);
    }
}

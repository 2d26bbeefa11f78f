package org.smavs.server.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.face.EnrollFaceResult;
import org.smavs.model.face.VerifyFaceResult;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** Enrolment, verification and consent withdrawal over HTTP on the real face models. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceEnrolmentIT {
    private TestServer server;
    private BufferedImage astronaut;
    private BufferedImage hopper;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        astronaut = FaceImages.portrait(FaceImages.ASTRONAUT);
        hopper = FaceImages.portrait(FaceImages.GRACE_HOPPER);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void enrolledStudentMatchesATransformedCopyAndNotAnotherPerson() {
        ApiClient student = server.newStudent("Eileen Collins");
        EnrollFaceResult enrolled = student.student().enrollFace(FaceImages.png(astronaut), true);
        assertThat(enrolled.enrolled()).isTrue();
        assertThat(enrolled.quality().faceSizePx()).isGreaterThan(64);
        assertThat(student.auth().me().faceEnrolled()).isTrue();

        BufferedImage changed = FaceImages.brightness(FaceImages.rotate(FaceImages.scale(astronaut, 0.8), 10), 0.85);
        VerifyFaceResult same = student.student().verifyFace(FaceImages.jpeg(changed, 0.7f));
        assertThat(same.match()).as("similarity %s", same.similarity()).isTrue();
        assertThat(same.similarity()).isGreaterThanOrEqualTo(same.threshold());

        VerifyFaceResult other = student.student().verifyFace(FaceImages.jpeg(hopper, 0.9f));
        assertThat(other.match()).as("similarity %s", other.similarity()).isFalse();
        assertThat(other.similarity()).isLessThan(other.threshold());
    }

    @Test
    void aSelfieAPhoneStoredSidewaysWithExifOrientationIsTurnedUprightAndMatches() {
        ApiClient student = server.newStudent("Grace Hopper");
        student.student().enrollFace(FaceImages.png(hopper), true);

        byte[] sideways = FaceImages.withExifOrientation(
                FaceImages.jpeg(FaceImages.quarterTurnAnticlockwise(hopper), 0.9f), 6, false);
        VerifyFaceResult verified = student.student().verifyFace(sideways);
        assertThat(verified.match()).as("similarity %s", verified.similarity()).isTrue();
    }

    @Test
    void enrolmentWithoutConsentIs428() {
        ApiClient student = server.newStudent("No Consent");
        assertThatThrownBy(() -> student.student().enrollFace(FaceImages.png(astronaut), false))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(428);
                    assertThat(e.code()).isEqualTo("CONSENT_REQUIRED");
                });
        assertThat(student.auth().me().faceEnrolled()).isFalse();
    }

    @Test
    void badPhotosAreRefusedWithTheReason() {
        ApiClient student = server.newStudent("Bad Photos");
        assertEnrolmentRefused(student, FaceImages.png(FaceImages.noFace(640, 480)), "NO_FACE");
        assertEnrolmentRefused(student, FaceImages.png(FaceImages.sideBySide(astronaut, hopper)), "MULTIPLE_FACES");
        assertEnrolmentRefused(student, FaceImages.png(FaceImages.brightness(astronaut, 0.25)), "TOO_DARK");
        assertThatThrownBy(() -> student.student().enrollFace("this is not an image".getBytes(), true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
        assertThat(student.auth().me().faceEnrolled()).isFalse();
    }

    @Test
    void withdrawingConsentDeletesTheTemplateAndTheReferencePhoto() throws Exception {
        ApiClient student = server.newStudent("Changes Mind");
        student.student().enrollFace(FaceImages.png(hopper), true);
        long id = student.auth().me().id();
        Path references = server.app().config().storage().localDir().resolve("references").resolve(Long.toString(id));
        assertThat(countFiles(references)).isEqualTo(1);

        student.student().withdrawFace();

        assertThat(student.auth().me().faceEnrolled()).isFalse();
        assertThat(countFiles(references)).isZero();
        assertThatThrownBy(() -> student.student().verifyFace(FaceImages.jpeg(hopper, 0.9f)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("FACE_NOT_ENROLLED"));
        assertThat(server.admin().admin().audit()).extracting("action").contains("face.withdraw");
    }

    @Test
    void lecturersSeeReferencePhotosOnlyOfTheirStudentsAdminsOfAll() {
        ApiClient student = server.student();
        student.student().enrollFace(FaceImages.png(astronaut), true);
        long id = student.auth().me().id();
        assertThat(server.lecturer().lecturer().referencePhoto(id)).isNotEmpty(); // enrolled in the lecturer's CS101
        assertThat(server.admin().lecturer().referencePhoto(id)).isNotEmpty();
        ApiClient stranger = server.newStudent("Stranger");
        stranger.student().enrollFace(FaceImages.png(hopper), true);
        long strangerId = stranger.auth().me().id();
        assertThatThrownBy(() -> server.lecturer().lecturer().referencePhoto(strangerId))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private static void assertEnrolmentRefused(ApiClient student, byte[] image, String code) {
        assertThatThrownBy(() -> student.student().enrollFace(image, true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    private static long countFiles(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}

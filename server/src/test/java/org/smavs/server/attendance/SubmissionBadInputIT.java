package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.client.Multipart;
import org.smavs.model.Json;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Bad submissions: each gets its status and error code, and leaves no record and no stored file. Also the
 * face-required and device-signature paths.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionBadInputIT {
    private static final double LAT = DemoData.DEMO_LATITUDE;
    private static final double LON = DemoData.DEMO_LONGITUDE;

    private TestServer server;
    private ApiClient lecturer;
    private Session session;
    private Students.Student student;

    @BeforeAll
    void start() {
        // Face verification switched off: a face session must say so (FACE_UNAVAILABLE) rather than pretend.
        server = TestServer.start(TestDatabase.Kind.H2, config -> config.withFaceEnabled(false), java.time.Clock.systemUTC());
        lecturer = server.lecturer();
        session = lecturer.lecturer().createSession(new CreateSessionRequest("Bad input", null, 60, LAT, LON, 50.0,
                null, false, null, null));
        student = Students.register(server, "Bea Bad");
        student.client().student().bindDevice(new BindDeviceRequest("phone-bea"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Multipart valid() {
        return new Multipart().field("session_code", session.code()).field("imei", "phone-bea")
                .field("latitude", LAT).field("longitude", LON);
    }

    private void assertRefused(java.util.function.Supplier<HttpResponse<String>> request, int status, String code)
            throws IOException {
        long uploadsBefore = storedUploads();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = Json.lenientMapper().readTree(response.body());
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("detail").asText()).isNotBlank();
        assertThat(lecturer.lecturer().attendance(session.id())).isEmpty();
        assertThat(storedUploads()).isEqualTo(uploadsBefore);
    }

    private long storedUploads() throws IOException {
        Path root = server.app().config().dataDir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().contains("selfies") || p.toString().contains("presence"))
                    .filter(Files::isRegularFile).count();
        }
    }

    private HttpResponse<String> post(Multipart form) {
        return Students.postMultipart(server, student.accessToken(), form, Map.of());
    }

    @Test
    void aLatitudeThatIsNotANumberIs400() throws IOException {
        assertRefused(() -> post(new Multipart().field("session_code", session.code()).field("imei", "phone-bea")
                .field("latitude", "north").field("longitude", LON)), 400, "MALFORMED_REQUEST");
    }

    @Test
    void missingDeviceIdAndLocationAre422WithEveryField() throws IOException {
        assertRefused(() -> post(new Multipart().field("session_code", session.code())), 422, "VALIDATION_FAILED");
        assertThat(post(new Multipart().field("session_code", session.code())).body())
                .contains("\"imei\"").contains("\"latitude\"").contains("\"longitude\"");
    }

    @Test
    void missingSessionCodeIs422() throws IOException {
        assertRefused(() -> post(new Multipart().field("imei", "phone-bea").field("latitude", LAT).field("longitude", LON)),
                422, "VALIDATION_FAILED");
    }

    @Test
    void aJsonBodyIs415() throws IOException {
        assertRefused(() -> Students.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + org.smavs.model.ApiPaths.STUDENT_ATTENDANCE))
                .header("Authorization", "Bearer " + student.accessToken()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"session_code\":\"x\"}")).build()),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aTextFileNamedJpgIs415() throws IOException {
        assertRefused(() -> post(valid().file("selfie", "selfie.jpg", "image/jpeg",
                "just some text, not a photo".getBytes(StandardCharsets.UTF_8))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aFileOverTheUploadLimitIs413() throws IOException {
        byte[] big = new byte[(int) server.app().config().http().uploadMaxBytes() + 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertRefused(() -> post(valid().file("selfie", "selfie.jpg", "image/jpeg", big)), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aPngHeaderClaiming50000By50000PixelsIs413Quickly() throws IOException {
        byte[] bomb = pngHeader(50_000, 50_000);
        long[] millis = new long[1];
        assertRefused(() -> {
            long started = System.nanoTime();
            HttpResponse<String> response = post(valid().file("selfie", "bomb.png", "image/png", bomb));
            millis[0] = (System.nanoTime() - started) / 1_000_000;
            return response;
        }, 413, "PAYLOAD_TOO_LARGE");
        assertThat(millis[0]).isLessThan(3_000);
    }

    @Test
    void aFaceSessionWithoutASelfieIs422AndWithOneSaysFaceVerificationIsUnavailable() throws IOException {
        Session face = lecturer.lecturer().createSession(new CreateSessionRequest("Face", null, 60, LAT, LON, 50.0,
                null, true, null, null));
        HttpResponse<String> response = post(new Multipart().field("session_code", face.code()).field("imei", "phone-bea")
                .field("latitude", LAT).field("longitude", LON));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("selfie");
        assertThat(lecturer.lecturer().attendance(face.id())).isEmpty();

        AttendanceRecord record = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(face.code(), "phone-bea", LAT, LON).withSelfie(Students.jpeg(64, 64)));
        assertThat(record.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(record.flags()).containsExactly(ReasonCode.FACE_UNAVAILABLE);
        byte[] stored = lecturer.lecturer().selfie(record.id());
        assertThat(stored).startsWith(0xFF, 0xD8);
    }

    @Test
    void aBoundDeviceKeyRequiresAValidSignatureOverSessionStepAndStudent() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Students.Student signer = Students.register(server, "Sig Signer");
        signer.client().student().bindDevice(new BindDeviceRequest("phone-sig",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), "android", "Pixel"));
        Session first = lecturer.lecturer().createSession(new CreateSessionRequest("Signed", null, 60, LAT, LON, 50.0,
                null, false, null, null));
        long step = Instant.now().getEpochSecond() / server.app().config().attendance().qrStepSeconds();
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update((first.id() + "|" + step + "|" + signer.id()).getBytes(StandardCharsets.UTF_8));
        AttendanceRecord signed = signer.client().student().submitAttendance(AttendanceSubmission.withCode(first.code(),
                "phone-sig", LAT, LON).withSignature(Base64.getEncoder().encodeToString(signature.sign())));
        assertThat(signed.status()).isEqualTo(AttendanceStatus.PRESENT);

        Session second = lecturer.lecturer().createSession(new CreateSessionRequest("Unsigned", null, 60, LAT, LON, 50.0,
                null, false, null, null));
        AttendanceRecord unsigned = signer.client().student().submitAttendance(
                AttendanceSubmission.withCode(second.code(), "phone-sig", LAT, LON));
        assertThat(unsigned.flags()).containsExactly(ReasonCode.DEVICE_MISMATCH);
    }

    /** A valid PNG signature and IHDR chunk claiming the given size, with no image data behind it. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}

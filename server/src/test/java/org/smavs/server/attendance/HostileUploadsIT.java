package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.client.Multipart;
import org.smavs.server.upload.HostileFiles;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Hostile or broken check-in pictures are refused with 4xx and store nothing, so the student's retry with a
 * good photo succeeds: truncated and corrupt JPEGs, an empty file, a PNG whose header claims a pixel flood,
 * a file whose name says JPEG but whose bytes are text.
 */
class HostileUploadsIT {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;

    @Test
    void brokenPicturesAreRefusedAndTheRetryWithAGoodOneIsRecorded() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            byte[] good = FaceImages.portraitBytes(FaceImages.GRACE_HOPPER);
            Session session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Hostile", null, 60,
                    LAT, LON, 100.0, null, true, null, null));
            Students.Student student = Students.register(server, "Retry Student");
            student.client().student().enrollFace(good, true);
            student.client().student().bindDevice(new BindDeviceRequest("hostile-phone"));

            Map<String, byte[]> hostile = new LinkedHashMap<>();
            hostile.put("truncated JPEG", Arrays.copyOf(good, good.length * 2 / 3));
            byte[] corrupt = good.clone();
            for (int i = 600; i < corrupt.length - 2; i += 7) {
                corrupt[i] = (byte) 0xFF;
            }
            hostile.put("corrupt JPEG", corrupt);
            hostile.put("empty file", new byte[0]);
            hostile.put("PNG pixel flood", HostileFiles.pngHeaderClaiming(60_000, 60_000));
            hostile.put("text called JPEG", "<html>not a picture</html>".getBytes());
            hostile.put("6 MiB part", new byte[6 * 1024 * 1024]);
            hostile.put("20 MiB part", new byte[20 * 1024 * 1024]);
            for (Map.Entry<String, byte[]> picture : hostile.entrySet()) {
                HttpResponse<String> refused = submit(server, student, session, picture.getValue());
                assertThat(refused.statusCode()).as(picture.getKey()).isBetween(400, 499);
                assertThat(RawHttp.error(refused).detail()).as(picture.getKey()).isNotBlank();
            }
            // a body cut off mid-way (a client that gave up): a clean 400, not a 500
            Multipart form = new Multipart().field("session_code", session.code()).file("selfie", "s.jpg", "image/jpeg",
                    good);
            byte[] whole = form.build();
            HttpResponse<String> cutOff = new RawHttp(server.baseUrl()).send("POST", org.smavs.model.ApiPaths.STUDENT_ATTENDANCE,
                    form.contentType(), Arrays.copyOf(whole, whole.length / 2),
                    Map.of("Authorization", "Bearer " + student.accessToken()));
            assertThat(cutOff.statusCode()).as(cutOff.body()).isEqualTo(400);
            HttpResponse<String> retry = submit(server, student, session, good);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        }
    }

    private static HttpResponse<String> submit(TestServer server, Students.Student student, Session session, byte[] selfie) {
        Multipart form = new Multipart().field("session_code", session.code()).field("imei", "hostile-phone")
                .field("latitude", LAT).field("longitude", LON).field("accuracy_m", 10)
                .file("selfie", "selfie.jpg", "image/jpeg", selfie);
        return Students.postMultipart(server, student.accessToken(), form, Map.of());
    }
}

package org.smavs.desktop.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;

/** The other people in a UI test (a student on their phone, a lecturer preparing data), via the API client. */
public final class ServerActors {
    /** Where demo sessions are placed; a student "in the room" reports this point. */
    public static final double ROOM_LAT = 51.7548;
    public static final double ROOM_LON = -1.2544;

    private final String baseUrl;
    private final Map<String, ApiClient> signIns;

    public ServerActors(String baseUrl) {
        this(baseUrl, null);
    }

    private ServerActors(String baseUrl, Map<String, ApiClient> signIns) {
        this.baseUrl = baseUrl;
        this.signIns = signIns;
    }

    /** Actors that sign each person in once and reuse it (the server limits sign-ins per address and minute). */
    public ServerActors reusingSignIns() {
        return new ServerActors(baseUrl, new ConcurrentHashMap<>());
    }

    public ApiClient signedIn(String email, String password) {
        if (signIns != null) {
            return signIns.computeIfAbsent(email, key -> signInNow(email, password));
        }
        return signInNow(email, password);
    }

    private ApiClient signInNow(String email, String password) {
        ApiClient client = new ApiClient(baseUrl);
        client.auth().login(email, password);
        return client;
    }

    public Session lecturerCreatesSession(String title) {
        return signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD).lecturer().createSession(
                new CreateSessionRequest(title, null, 60, ROOM_LAT, ROOM_LON, 100.0, null, false, null, null));
    }

    /** The demo student checks in with the typed code, from {@code metresNorth} of the session's point. */
    public AttendanceRecord studentChecksIn(String code, double metresNorth) {
        ApiClient student = signedIn(TestServer.STUDENT, TestServer.STUDENT_PASSWORD);
        double lat = ROOM_LAT + metresNorth / 111_320.0;
        return student.student().submitAttendance(AttendanceSubmission.withCode(code, "device-A", lat, ROOM_LON)
                .withAccuracy(5));
    }

    /** A session of the demo lecturer's first course, so its students can be marked and exported. */
    public Session lecturerCreatesCourseSession(String title, Long roomId) {
        ApiClient lecturer = signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        long course = lecturer.lecturer().courses().get(0).id();
        return lecturer.lecturer().createSession(new CreateSessionRequest(title, course, 60, ROOM_LAT, ROOM_LON, 100.0,
                null, false, roomId, null));
    }

    /** A new student who enrolled their face with {@code photo}, then checked in from {@code metresNorth}. */
    public AttendanceRecord newStudentWithFaceChecksIn(String name, byte[] photo, String code, double metresNorth) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ".") + "." + System.nanoTime()
                + "@uni.test";
        new ApiClient(baseUrl).auth().register(new org.smavs.model.auth.RegisterRequest(email, "password-123", name));
        ApiClient student = signedIn(email, "password-123");
        student.student().enrollFace(photo, true);
        double lat = ROOM_LAT + metresNorth / 111_320.0;
        return student.student().submitAttendance(AttendanceSubmission.withCode(code, "phone-" + email, lat, ROOM_LON)
                .withAccuracy(5));
    }

    /** A face photo from the test resources. */
    public static byte[] facePhoto() {
        try (var in = ServerActors.class.getResourceAsStream("/faces/astronaut.jpg")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Binds device A, then asks for device B, which leaves a pending reset request for an admin. */
    public void studentAsksForDeviceReset() {
        ApiClient student = signedIn(TestServer.STUDENT, TestServer.STUDENT_PASSWORD);
        student.student().bindDevice(new BindDeviceRequest("device-A", null, "android", "Pixel"));
        try {
            student.student().bindDevice(new BindDeviceRequest("device-B-" + UUID.randomUUID(), null, "android", "Pixel 9"));
        } catch (ApiException expected) {
            if (expected.status() != 409) {
                throw expected;
            }
        }
    }
}

package org.smavs.desktop.testing;

import java.util.UUID;
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

    public ServerActors(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public ApiClient signedIn(String email, String password) {
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

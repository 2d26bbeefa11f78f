package org.smavs.desktop.testing;

import java.util.List;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.auth.Role;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;

/** Fills a test server with a believable week of classes, for screenshots and demos. */
public final class DemoData {
    private static final String[][] STUDENTS = {
            {"amara.okafor", "Amara Okafor", "S1002"}, {"ben.hughes", "Ben Hughes", "S1003"},
            {"chen.wei", "Chen Wei", "S1004"}, {"dana.levi", "Dana Levi", "S1005"},
            {"emil.novak", "Emil Novak", "S1006"}, {"fatima.zahra", "Fatima Zahra", "S1007"},
            {"gus.moreno", "Gus Moreno", "S1008"}, {"hana.sato", "Hana Sato", "S1009"}};

    private DemoData() {
    }

    /** Returns the session left open, for the roster and projector screens. */
    public static Session seed(String baseUrl) {
        // One sign-in per person for the whole seed: the server limits sign-ins per address and minute.
        ServerActors actors = new ServerActors(baseUrl).reusingSignIns();
        ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        List<Long> studentIds = new java.util.ArrayList<>();
        for (String[] student : STUDENTS) {
            studentIds.add(admin.admin().createUser(new CreateUserRequest(student[0] + "@smavs.com", "student123",
                    student[1], Role.STUDENT, student[2], null)).id());
        }
        // the class list: everyone is enrolled in the course, as a registry import would do
        admin.admin().courses().stream().findFirst().ifPresent(course -> admin.admin().enrol(course.id(), studentIds));
        List<Room> rooms = admin.admin().rooms();
        if (!rooms.isEmpty()) {
            admin.admin().createKiosk(new CreateKioskRequest("Main hall entrance", rooms.get(0).id()));
        }
        ApiClient lecturer = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        Long course = lecturer.lecturer().courses().stream().findFirst().map(Course::id).orElse(null);

        Session lab = create(lecturer, "CS101 Lab 4 — Sorting", course);
        checkIn(actors, lab, 0, 1, 2, 3, 4, 5);
        lecturer.lecturer().close(lab.id());
        Session trees = create(lecturer, "CS101 Lecture 8 — Trees", course);
        checkIn(actors, trees, 0, 2, 4, 6, 7);
        lecturer.lecturer().close(trees.id());
        Session graphs = create(lecturer, "CS101 Lecture 9 — Graphs", course);
        checkIn(actors, graphs, 1, 3, 5, 6);
        // Amara enrols her face, so flag review shows her selfie beside the reference photo.
        checkInFrom(actors, graphs, STUDENTS[0][0], 1800, ServerActors.facePhoto());
        checkInFrom(actors, graphs, STUDENTS[7][0], 450);
        actors.studentChecksIn(graphs.code(), 0);

        actors.studentAsksForDeviceReset();
        return lecturer.lecturer().session(graphs.id());
    }

    private static Session create(ApiClient lecturer, String title, Long course) {
        return lecturer.lecturer().createSession(new CreateSessionRequest(title, course, 90, ServerActors.ROOM_LAT,
                ServerActors.ROOM_LON, 100.0, null, false, null, null));
    }

    private static void checkIn(ServerActors actors, Session session, int... students) {
        for (int index : students) {
            checkInFrom(actors, session, STUDENTS[index][0], 10 + index * 3);
        }
    }

    private static void checkInFrom(ServerActors actors, Session session, String user, double metresNorth) {
        checkInFrom(actors, session, user, metresNorth, null);
    }

    /** With a {@code face}, the student first enrols it and sends it as the selfie. */
    private static void checkInFrom(ServerActors actors, Session session, String user, double metresNorth, byte[] face) {
        ApiClient student = actors.signedIn(user + "@smavs.com", "student123");
        String device = "phone-" + user;
        try {
            student.student().bindDevice(new BindDeviceRequest(device, null, "android", "Pixel"));
        } catch (ApiException alreadyBound) {
            // a second session for the same student: the device is bound already
        }
        double lat = ServerActors.ROOM_LAT + metresNorth / 111_320.0;
        AttendanceSubmission submission = AttendanceSubmission.withCode(session.code(), device, lat, ServerActors.ROOM_LON)
                .withAccuracy(8);
        if (face != null) {
            student.student().enrollFace(face, true);
        }
        student.student().submitAttendance(face == null ? submission : submission.withSelfie(face));
    }
}

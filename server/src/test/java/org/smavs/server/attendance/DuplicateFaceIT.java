package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.demo.DemoData;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * One person checking in for a friend: the same face arrives from two accounts in one session, over HTTP on
 * the real models. Both records are flagged DUPLICATE_FACE_IN_SESSION (the first one after the fact), while a
 * different person in the same session is not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateFaceIT {
    private static final double LAT = DemoData.DEMO_LATITUDE;
    private static final double LON = DemoData.DEMO_LONGITUDE;

    private TestServer server;
    private BufferedImage hopper;
    private BufferedImage astronaut;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        hopper = FaceImages.portrait(FaceImages.GRACE_HOPPER);
        astronaut = FaceImages.portrait(FaceImages.ASTRONAUT);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theSameFaceFromTwoAccountsFlagsBothRecordsAndNobodyElse() {
        ApiClient lecturer = server.lecturer();
        Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Compilers", null, 60, LAT, LON,
                50.0, null, true, null, null));
        Students.Student grace = enrolled("Grace Hopper", hopper, "phone-grace");
        Students.Student absentFriend = enrolled("Absent Friend", astronaut, "phone-friend");
        Students.Student eileen = enrolled("Eileen Collins", astronaut, "phone-eileen");

        byte[] graceSelfie = FaceImages.jpeg(FaceImages.scale(hopper, 0.9), 0.85f);
        submit(grace, session, "phone-grace", graceSelfie);
        // Grace takes her friend's phone and checks in for them with her own face
        submit(absentFriend, session, "phone-friend", FaceImages.jpeg(FaceImages.rotate(hopper, 5), 0.8f));
        submit(eileen, session, "phone-eileen", FaceImages.jpeg(FaceImages.scale(astronaut, 0.9), 0.85f));

        Map<Long, AttendanceRecord> records = lecturer.lecturer().attendance(session.id()).stream()
                .collect(Collectors.toMap(AttendanceRecord::studentId, Function.identity()));
        AttendanceRecord friend = records.get(absentFriend.id());
        assertThat(friend.flags()).contains(ReasonCode.DUPLICATE_FACE_IN_SESSION, ReasonCode.FACE_MISMATCH);
        assertThat(friend.status()).isNotEqualTo(AttendanceStatus.PRESENT);
        assertThat(records.get(grace.id()).flags()).as("the first record is flagged once the duplicate arrives")
                .contains(ReasonCode.DUPLICATE_FACE_IN_SESSION);
        assertThat(records.get(eileen.id()).flags()).doesNotContain(ReasonCode.DUPLICATE_FACE_IN_SESSION);

        List<Long> flaggedForReview = lecturer.lecturer().flagged(session.id()).stream()
                .map(AttendanceRecord::studentId).toList();
        assertThat(flaggedForReview).contains(grace.id(), absentFriend.id());
    }

    private Students.Student enrolled(String name, BufferedImage face, String device) {
        Students.Student student = Students.register(server, name);
        student.client().student().enrollFace(FaceImages.png(face), true);
        student.client().student().bindDevice(new BindDeviceRequest(device));
        return student;
    }

    private static void submit(Students.Student student, Session session, String device, byte[] selfie) {
        student.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), device, LAT, LON).withSelfie(selfie));
    }
}

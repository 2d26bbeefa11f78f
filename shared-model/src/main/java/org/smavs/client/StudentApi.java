package org.smavs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.device.CheckinPass;
import org.smavs.model.device.Device;
import org.smavs.model.face.EnrollFaceResult;
import org.smavs.model.face.VerifyFaceResult;

/** /api/v1/students. */
public final class StudentApi {
    private final ApiClient client;

    StudentApi(ApiClient client) {
        this.client = client;
    }

    public AttendanceRecord submitAttendance(AttendanceSubmission submission) {
        return submitAttendance(submission, null);
    }

    public AttendanceRecord submitAttendance(AttendanceSubmission submission, String idempotencyKey) {
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return client.postMultipart(ApiPaths.STUDENT_ATTENDANCE, submission.toMultipart(), AttendanceRecord.class,
                headers);
    }

    public List<AttendanceRecord> history() {
        return client.getAllPages(ApiPaths.STUDENT_ATTENDANCE, new TypeReference<>() { });
    }

    public Device bindDevice(BindDeviceRequest request) {
        return client.postJson(ApiPaths.STUDENT_DEVICE_BIND, request, Device.class);
    }

    public EnrollFaceResult enrollFace(byte[] image, boolean consent) {
        Multipart form = new Multipart().field("consent", consent)
                .file("file", "face.jpg", ImageTypes.sniff(image), image);
        return client.postMultipart(ApiPaths.STUDENT_ENROLL_FACE, form, EnrollFaceResult.class, Map.of());
    }

    public VerifyFaceResult verifyFace(byte[] image) {
        Multipart form = new Multipart().file("file", "face.jpg", ImageTypes.sniff(image), image);
        return client.postMultipart(ApiPaths.STUDENT_VERIFY_FACE, form, VerifyFaceResult.class, Map.of());
    }

    /** The subject-access export: everything held about the caller, as JSON bytes. */
    public byte[] myDataExport() {
        return client.getBytes(ApiPaths.STUDENT_MY_DATA_EXPORT);
    }

    public void withdrawFace() {
        client.delete(ApiPaths.STUDENT_FACE);
    }

    public CheckinPass checkinPass() {
        return client.get(ApiPaths.STUDENT_CHECKIN_PASS, CheckinPass.class);
    }

    /** The student's figures per enrolled course (held, present, excused, absent, flagged, rate, below threshold). */
    public List<org.smavs.model.attendance.CourseAttendance> myCourses() {
        return client.get(ApiPaths.STUDENT_MY_COURSES, new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }

    /** Explains an absence; {@code evidence} (PDF, JPEG or PNG) may be null. */
    public org.smavs.model.excuse.Excuse submitExcuse(long sessionId, String reason, byte[] evidence, String fileName) {
        Multipart form = new Multipart().field("session_id", sessionId).field("reason", reason);
        if (evidence != null) {
            form.file("evidence", fileName, "application/octet-stream", evidence);
        }
        return client.postMultipart(ApiPaths.STUDENT_EXCUSES, form, org.smavs.model.excuse.Excuse.class, Map.of());
    }

    public List<org.smavs.model.excuse.Excuse> excuses() {
        return client.get(ApiPaths.STUDENT_EXCUSES, new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }
}

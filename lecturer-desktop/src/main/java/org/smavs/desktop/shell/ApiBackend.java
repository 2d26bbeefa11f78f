package org.smavs.desktop.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.desktop.admin.AdminBackend;
import org.smavs.desktop.course.CourseBackend;
import org.smavs.desktop.dashboard.DashboardBackend;
import org.smavs.desktop.report.ExportBackend;
import org.smavs.desktop.review.ReviewBackend;
import org.smavs.desktop.session.SessionBackend;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.admin.UpdateRoomRequest;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.User;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;

/** The production backend of every screen: the typed API client of {@code shared-model}. */
public final class ApiBackend implements DashboardBackend, SessionBackend, ExportBackend, ReviewBackend,
        AdminBackend, org.smavs.desktop.review.ExcuseBackend, CourseBackend, AccountBackend {
    private final ApiClient client;

    public ApiBackend(ApiClient client) {
        this.client = client;
    }

    @Override public Dashboard dashboard() { return client.lecturer().dashboard(); }
    @Override public List<Session> sessions() { return client.lecturer().sessions(); }
    @Override public Session session(long id) { return client.lecturer().session(id); }
    @Override public List<Course> courses() { return client.lecturer().courses(); }
    @Override public Session create(CreateSessionRequest request) { return client.lecturer().createSession(request); }
    @Override public Session close(long id) { return client.lecturer().close(id); }
    @Override public Session expire(long id) { return client.lecturer().expire(id); }
    @Override public Session cancel(long id) { return client.lecturer().cancelSession(id); }
    @Override public Session regenerate(long id) { return client.lecturer().regenerate(id); }
    @Override public QrToken qr(long id) { return client.lecturer().qr(id); }
    @Override public List<AttendanceRecord> attendance(long sessionId) { return client.lecturer().attendance(sessionId); }

    @Override
    public AttendanceRecord markManually(long sessionId, ManualMarkRequest request) {
        return client.lecturer().markManually(sessionId, request);
    }

    @Override public List<Room> rooms() { return client.lecturer().rooms(); }
    @Override public List<SessionStudent> students(long sessionId) { return client.lecturer().students(sessionId); }

    @Override public byte[] exportCsv(long sessionId) { return client.lecturer().exportCsv(sessionId); }
    @Override public byte[] exportPdf(long sessionId) { return client.lecturer().exportPdf(sessionId); }

    @Override
    public byte[] exportCourse(long courseId, LocalDate from, LocalDate to, boolean pdf) {
        return client.lecturer().exportCourse(courseId, from, to, pdf);
    }
    @Override public List<AttendanceRecord> flagged(long sessionId) { return client.lecturer().flagged(sessionId); }
    @Override public AttendanceRecord confirm(long recordId, String note) { return client.lecturer().confirm(recordId, note); }
    @Override public AttendanceRecord reject(long recordId, String note) { return client.lecturer().reject(recordId, note); }

    @Override public Optional<byte[]> selfie(long recordId) { return unlessMissing(() -> client.lecturer().selfie(recordId)); }

    @Override
    public Optional<byte[]> referencePhoto(long studentId) {
        return unlessMissing(() -> client.lecturer().referencePhoto(studentId));
    }

    /** A photo the server may simply not have (404) is "none", not a failure. */
    private static Optional<byte[]> unlessMissing(Supplier<byte[]> download) {
        try {
            return Optional.of(download.get());
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override public List<User> users() { return client.admin().users(); }
    @Override public User createUser(CreateUserRequest request) { return client.admin().createUser(request); }
    @Override public User updateUser(long userId, UpdateUserRequest request) { return client.admin().updateUser(userId, request); }
    @Override public ImportJob startImport(String csv) { return client.admin().startImport(csv); }
    @Override public ImportJob importJob(long jobId) { return client.admin().importJob(jobId); }
    @Override public void sendPasswordResetLink(long userId) { client.admin().sendPasswordResetLink(userId); }
    @Override public void resetTotp(long userId) { client.admin().resetTotp(userId); }
    @Override public List<org.smavs.model.excuse.Excuse> excuses(String status) { return client.lecturer().excuses(status); }
    @Override public Optional<byte[]> excuseEvidence(long excuseId) { return unlessMissing(() -> client.lecturer().excuseEvidence(excuseId)); }
    @Override public org.smavs.model.excuse.Excuse decideExcuse(long excuseId, String decision, String note) { return client.lecturer().decideExcuse(excuseId, decision, note); }
    @Override public List<ResetRequest> resetRequests() { return client.admin().resetRequests(); }
    @Override public ResetRequest approveReset(long requestId) { return client.admin().approveReset(requestId); }
    @Override public ResetRequest denyReset(long requestId, String note) { return client.admin().denyReset(requestId, note); }
    @Override public Room createRoom(CreateRoomRequest request) { return client.admin().createRoom(request); }
    @Override public Room updateRoom(long roomId, UpdateRoomRequest request) { return client.admin().updateRoom(roomId, request); }
    @Override public List<Kiosk> kiosks() { return client.admin().kiosks(); }
    @Override public KioskEnrollmentCode createKiosk(CreateKioskRequest request) { return client.admin().createKiosk(request); }
    @Override public Kiosk revokeKiosk(long kioskId) { return client.admin().revokeKiosk(kioskId); }
    @Override public KioskEnrollmentCode reissueKiosk(long kioskId) { return client.admin().reissueKiosk(kioskId); }
    @Override public Analytics analytics() { return client.admin().analytics(); }
    @Override public List<AuditEvent> audit() { return client.admin().audit(); }
    @Override public AuditVerification verifyAudit() { return client.admin().verifyAudit(); }
    @Override public Settings settings() { return client.admin().settings(); }
    @Override public Settings updateSettings(Settings settings) { return client.admin().updateSettings(settings); }

    @Override public List<Course> allCourses() { return client.admin().courses(); }
    @Override public Course createCourse(CreateCourseRequest request) { return client.admin().createCourse(request); }
    @Override public Course updateCourse(long courseId, UpdateCourseRequest request) { return client.admin().updateCourse(courseId, request); }
    @Override public Course enrol(long courseId, List<Long> studentIds) { return client.admin().enrol(courseId, studentIds); }
    @Override public void unenrol(long courseId, long studentId) { client.admin().unenrol(courseId, studentId); }
    @Override public ImportResult importEnrolments(long courseId, String csv) { return client.admin().importEnrolments(courseId, csv); }
    @Override public List<User> courseStudents(long courseId) { return client.lecturer().courseStudents(courseId); }
    @Override public List<Meeting> meetings(long courseId) { return client.lecturer().meetings(courseId); }
    @Override public Meeting addMeeting(long courseId, MeetingRequest request) { return client.lecturer().addMeeting(courseId, request); }
    @Override public Meeting updateMeeting(long meetingId, MeetingRequest request) { return client.lecturer().updateMeeting(meetingId, request); }
    @Override public void deleteMeeting(long meetingId) { client.lecturer().deleteMeeting(meetingId); }
    @Override public User me() { return client.auth().me(); }
    @Override public User updateMe(org.smavs.model.auth.UpdateProfileRequest request) { return client.auth().updateMe(request); }
}

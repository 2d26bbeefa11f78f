package org.smavs.desktop.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smavs.client.ApiException;
import org.smavs.desktop.admin.AdminBackend;
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
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.User;
import org.smavs.model.error.ApiError;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;
import org.smavs.model.session.SessionStudent;

/**
 * In-memory stand-in for the server behind every screen's backend seam. Fields are public on purpose:
 * each test sets exactly the data it needs. {@link #failWith} makes the next call fail like the server would.
 */
public final class FakeBackend implements DashboardBackend, SessionBackend, ExportBackend, ReviewBackend, AdminBackend,
        org.smavs.desktop.review.ExcuseBackend, org.smavs.desktop.course.CourseBackend,
        org.smavs.desktop.shell.AccountBackend {
    public final List<Session> sessions = new ArrayList<>();
    public final Map<Long, List<AttendanceRecord>> records = new HashMap<>();
    public final Map<Long, byte[]> selfies = new HashMap<>();
    public final Map<Long, byte[]> referencePhotos = new HashMap<>();
    public final List<SessionStudent> students = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    public final List<ResetRequest> resets = new ArrayList<>();
    public final List<User> users = new ArrayList<>();
    public Dashboard dashboard = new Dashboard(0, 0, 0, 0, 0, List.of());
    public QrToken qr;
    public byte[] csv = "student,status\n".getBytes();
    public AuditVerification verification = new AuditVerification(true, 0, null);
    public Settings settings = new Settings(0.5, 0.6, 15, 1, 30);
    public Analytics analytics;
    public final List<AuditEvent> auditEvents = new ArrayList<>();
    public final List<Room> roomList = new ArrayList<>();
    public final List<Kiosk> kioskList = new ArrayList<>();
    private RuntimeException nextFailure;

    public void failWith(int status, String detail) {
        nextFailure = status == 0 ? new ApiException("Cannot reach the SMAVS server", new java.io.IOException("refused"))
                : new ApiException(status, new ApiError(detail, "TEST", "req-1", null));
    }

    private void call(String name) {
        calls.add(name);
        RuntimeException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    private Session find(long id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private Session replace(long id, java.util.function.UnaryOperator<Session> change) {
        Session changed = change.apply(find(id));
        sessions.replaceAll(s -> s.id() == id ? changed : s);
        return changed;
    }

    @Override public Dashboard dashboard() { call("dashboard"); return dashboard; }
    @Override public List<Session> sessions() { call("sessions"); return List.copyOf(sessions); }
    @Override public Session session(long id) { call("session " + id); return find(id); }
    /** What courses() and allCourses() answer; the default is one course the session screens use. */
    public final List<Course> courseList = new ArrayList<>(List.of(new Course(1, "CS101", "Algorithms", 7L, 30)));
    @Override public List<Course> courses() { call("courses"); return List.copyOf(courseList); }
    @Override public List<Room> rooms() { call("rooms"); return List.copyOf(roomList); }

    @Override
    public Session create(CreateSessionRequest request) {
        call("create " + request.title());
        Session created = Fixtures.session(sessions.size() + 1L, request.title(), SessionStatus.ACTIVE);
        sessions.add(created);
        return created;
    }

    @Override public Session close(long id) { call("close " + id); return replace(id, s -> Fixtures.withStatus(s, SessionStatus.CLOSED)); }
    @Override public Session expire(long id) { call("expire " + id); return replace(id, s -> Fixtures.withStatus(s, SessionStatus.EXPIRED)); }
    @Override public Session cancel(long id) { call("cancel " + id); return replace(id, s -> Fixtures.withStatus(s, SessionStatus.CANCELLED)); }
    @Override public Session regenerate(long id) { call("regenerate " + id); return find(id); }
    @Override public QrToken qr(long id) { call("qr " + id); return qr; }
    @Override public List<AttendanceRecord> attendance(long sessionId) { call("attendance " + sessionId); return records.getOrDefault(sessionId, List.of()); }

    @Override
    public AttendanceRecord markManually(long sessionId, ManualMarkRequest request) {
        call("manual " + sessionId);
        return Fixtures.record(900 + request.studentId(), sessionId, request.status(), 0);
    }

    @Override public byte[] exportCsv(long sessionId) { call("csv " + sessionId); return csv; }
    @Override public byte[] exportPdf(long sessionId) { call("pdf " + sessionId); return "%PDF-1.7".getBytes(); }

    @Override
    public byte[] exportCourse(long courseId, LocalDate from, LocalDate to, boolean pdf) {
        call("course " + courseId + " " + from + ".." + to + (pdf ? " pdf" : " csv"));
        return pdf ? "%PDF-1.7".getBytes() : csv;
    }

    @Override public List<SessionStudent> students(long sessionId) { call("students " + sessionId); return List.copyOf(students); }

    @Override
    public List<AttendanceRecord> flagged(long sessionId) {
        call("flagged " + sessionId);
        return records.getOrDefault(sessionId, List.of()).stream().filter(r -> r.status() == AttendanceStatus.FLAGGED).toList();
    }

    @Override public AttendanceRecord confirm(long recordId, String note) { call("confirm " + recordId + " " + note); return decided(recordId, AttendanceStatus.PRESENT); }
    @Override public AttendanceRecord reject(long recordId, String note) { call("reject " + recordId + " " + note); return decided(recordId, AttendanceStatus.REJECTED); }

    private AttendanceRecord decided(long recordId, AttendanceStatus status) {
        return Fixtures.record(recordId, 1, status, 0);
    }

    @Override public Optional<byte[]> selfie(long recordId) { call("selfie " + recordId); return Optional.ofNullable(selfies.get(recordId)); }
    @Override public Optional<byte[]> referencePhoto(long studentId) { call("reference " + studentId); return Optional.ofNullable(referencePhotos.get(studentId)); }

    @Override public List<User> users() { call("users"); return List.copyOf(users); }
    @Override public User createUser(CreateUserRequest request) { call("createUser " + request.email()); return Fixtures.user(50, request.email(), request.role()); }

    @Override
    public User updateUser(long userId, UpdateUserRequest request) {
        call("updateUser " + userId);
        User old = users.stream().filter(u -> u.id() == userId).findFirst().orElseThrow();
        return new User(old.id(), old.email(), old.fullName(), request.role() == null ? old.role() : request.role(),
                request.isActive() == null ? old.isActive() : request.isActive(), old.studentNumber(), old.createdAt(),
                old.faceEnrolled(), old.deviceBound());
    }

    /** What startImport answers, then each importJob poll in turn (the last one repeats). */
    public final List<ImportJob> importJobs = new ArrayList<>();
    @Override public ImportJob startImport(String csvText) { call("import " + csvText.lines().count()); return importJobs.get(0); }
    @Override public void sendPasswordResetLink(long userId) { call("reset link " + userId); }
    @Override public void resetTotp(long userId) { call("reset totp " + userId); }

    /** The excuses answered by excuses(); decideExcuse removes them and answers the decision. */
    public final List<org.smavs.model.excuse.Excuse> excuseList = new ArrayList<>();
    public final java.util.Map<Long, byte[]> evidence = new java.util.HashMap<>();
    @Override public List<org.smavs.model.excuse.Excuse> excuses(String status) { call("excuses " + status); return List.copyOf(excuseList); }
    @Override public Optional<byte[]> excuseEvidence(long excuseId) { call("evidence " + excuseId); return Optional.ofNullable(evidence.get(excuseId)); }
    @Override public org.smavs.model.excuse.Excuse decideExcuse(long excuseId, String decision, String note) {
        call("decide " + excuseId + " " + decision + " " + note);
        org.smavs.model.excuse.Excuse old = excuseList.stream().filter(e -> e.id() == excuseId).findFirst().orElseThrow();
        excuseList.remove(old);
        return new org.smavs.model.excuse.Excuse(old.id(), old.sessionId(), old.studentId(), old.reason(), old.hasEvidence(),
                "approve".equals(decision) ? org.smavs.model.excuse.ExcuseStatus.APPROVED
                        : org.smavs.model.excuse.ExcuseStatus.REJECTED, 2L, old.createdAt(), note, old.createdAt(),
                old.studentName(), old.sessionTitle());
    }
    @Override public ImportJob importJob(long jobId) {
        call("import job " + jobId);
        return importJobs.size() > 1 ? importJobs.remove(1) : importJobs.get(0);
    }
    @Override public List<ResetRequest> resetRequests() { call("resets"); return List.copyOf(resets); }
    @Override public ResetRequest approveReset(long requestId) { call("approve " + requestId); return resets.get(0); }
    @Override public ResetRequest denyReset(long requestId, String note) { call("deny " + requestId + " " + note); return resets.get(0); }
    @Override public Room updateRoom(long roomId, org.smavs.model.admin.UpdateRoomRequest request) {
        call("updateRoom " + roomId + " " + request.name() + " " + request.radiusM());
        return new Room(roomId, request.name(), request.building(), request.latitude(), request.longitude(), request.radiusM());
    }
    @Override public Room createRoom(CreateRoomRequest request) { call("createRoom"); return new Room(1, request.name(), request.building(), 0, 0, 50); }
    @Override public List<Kiosk> kiosks() { call("kiosks"); return List.copyOf(kioskList); }
    @Override public KioskEnrollmentCode createKiosk(CreateKioskRequest request) { call("createKiosk"); return new KioskEnrollmentCode(new Kiosk(1, request.name(), request.roomId(), "pending", Fixtures.NOW, null), "ABCD-1234", Fixtures.NOW.plusHours(1)); }
    @Override public KioskEnrollmentCode reissueKiosk(long kioskId) {
        call("reissue " + kioskId);
        String name = kioskList.stream().filter(k -> k.id() == kioskId).map(Kiosk::name).findFirst().orElse("k");
        return new KioskEnrollmentCode(new Kiosk(kioskId, name, 1, "pending", Fixtures.NOW, null), "NEWCODE1",
                Fixtures.NOW.plusDays(1));
    }
    @Override public Kiosk revokeKiosk(long kioskId) { call("revoke " + kioskId); return new Kiosk(kioskId, "k", 1, "revoked", Fixtures.NOW, null); }
    @Override public Analytics analytics() { call("analytics"); return analytics; }
    @Override public List<AuditEvent> audit() { call("audit"); return List.copyOf(auditEvents); }
    @Override public AuditVerification verifyAudit() { call("verifyAudit"); return verification; }
    @Override public Settings settings() { call("settings"); return settings; }
    @Override public Settings updateSettings(Settings changed) { call("updateSettings"); settings = changed; return changed; }

    // --- courses and timetable: enrolments by course id, meetings in a list; each call records what it was asked ---
    public final Map<Long, List<User>> enrolments = new HashMap<>();
    public final List<org.smavs.model.timetable.Meeting> meetingList = new ArrayList<>();
    public org.smavs.model.admin.ImportResult importResult = new org.smavs.model.admin.ImportResult(0, 0, 0, List.of());
    public User me = Fixtures.user(7, "lecturer@smavs.com", org.smavs.model.auth.Role.LECTURER);

    @Override public List<Course> allCourses() { call("allCourses"); return List.copyOf(courseList); }

    @Override public Course createCourse(org.smavs.model.admin.CreateCourseRequest request) {
        call("createCourse " + request.code() + " lead " + request.lecturerId());
        Course created = new Course(100 + courseList.size(), request.code(), request.name(), request.lecturerId(), 0);
        courseList.add(created);
        return created;
    }

    @Override public Course updateCourse(long courseId, org.smavs.model.admin.UpdateCourseRequest request) {
        call("updateCourse " + courseId + " " + request);
        Course old = courseList.stream().filter(c -> c.id() == courseId).findFirst().orElseThrow();
        Integer late = Boolean.TRUE.equals(request.useInstitutionLateRule()) ? null
                : request.lateAfterMinutes() != null ? request.lateAfterMinutes() : old.lateAfterMinutes();
        List<org.smavs.model.admin.CourseStaffMember> staff = request.staff() == null ? old.staff()
                : request.staff().stream().map(a -> new org.smavs.model.admin.CourseStaffMember(a.userId(),
                        "Name " + a.userId(), a.role())).toList();
        Course changed = new Course(old.id(), old.code(), request.name() == null ? old.name() : request.name(),
                request.lecturerId() == null ? old.lecturerId() : request.lecturerId(), old.enrolledCount(),
                request.unenrolledCheckIns() == null ? old.unenrolledCheckIns() : request.unenrolledCheckIns(),
                request.archived() == null ? old.archived() : request.archived(), late, staff);
        courseList.replaceAll(c -> c.id() == courseId ? changed : c);
        return changed;
    }

    @Override public List<User> courseStudents(long courseId) {
        call("courseStudents " + courseId);
        return List.copyOf(enrolments.getOrDefault(courseId, List.of()));
    }

    @Override public Course enrol(long courseId, List<Long> studentIds) {
        call("enrol " + courseId + " " + studentIds);
        List<User> list = enrolments.computeIfAbsent(courseId, id -> new ArrayList<>());
        users.stream().filter(u -> studentIds.contains(u.id()) && !list.contains(u)).forEach(list::add);
        return courseList.stream().filter(c -> c.id() == courseId).findFirst().orElseThrow();
    }

    @Override public void unenrol(long courseId, long studentId) {
        call("unenrol " + courseId + " " + studentId);
        enrolments.getOrDefault(courseId, new ArrayList<>()).removeIf(u -> u.id() == studentId);
    }

    @Override public org.smavs.model.admin.ImportResult importEnrolments(long courseId, String csvText) {
        call("importEnrolments " + courseId + " " + csvText.lines().count() + " lines");
        return importResult;
    }

    @Override public List<org.smavs.model.timetable.Meeting> meetings(long courseId) {
        call("meetings " + courseId);
        return meetingList.stream().filter(m -> m.courseId() == courseId).toList();
    }

    @Override public org.smavs.model.timetable.Meeting addMeeting(long courseId, org.smavs.model.timetable.MeetingRequest r) {
        call("addMeeting " + courseId + " " + r);
        var added = new org.smavs.model.timetable.Meeting(500 + meetingList.size(), courseId, r.weekday(), r.startTime(),
                r.durationMinutes(), r.roomId(), r.firstDate(), r.lastDate(), Boolean.TRUE.equals(r.requireFace()), 12);
        meetingList.add(added);
        return added;
    }

    @Override public org.smavs.model.timetable.Meeting updateMeeting(long meetingId, org.smavs.model.timetable.MeetingRequest r) {
        call("updateMeeting " + meetingId + " " + r);
        var old = meetingList.stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow();
        var changed = new org.smavs.model.timetable.Meeting(old.id(), old.courseId(),
                r.weekday() == null ? old.weekday() : r.weekday(), r.startTime() == null ? old.startTime() : r.startTime(),
                r.durationMinutes() == null ? old.durationMinutes() : r.durationMinutes(),
                r.roomId() == null ? old.roomId() : r.roomId(), r.firstDate() == null ? old.firstDate() : r.firstDate(),
                r.lastDate() == null ? old.lastDate() : r.lastDate(),
                r.requireFace() == null ? old.requireFace() : r.requireFace(), old.sessionsCreated());
        meetingList.replaceAll(m -> m.id() == meetingId ? changed : m);
        return changed;
    }

    @Override public void deleteMeeting(long meetingId) {
        call("deleteMeeting " + meetingId);
        meetingList.removeIf(m -> m.id() == meetingId);
    }

    @Override public User me() { call("me"); return me; }

    @Override public User updateMe(org.smavs.model.auth.UpdateProfileRequest request) {
        call("updateMe " + request.emailNotifications());
        me = new User(me.id(), me.email(), me.fullName(), me.role(), me.isActive(), me.studentNumber(), me.createdAt(),
                me.faceEnrolled(), me.deviceBound(), me.ssoOnly(), me.totpEnabled(), request.emailNotifications());
        return me;
    }
}

package org.smavs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.ApproveResetRequest;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.EnrolmentRequest;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.NoteRequest;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.SetStatusRequest;
import org.smavs.model.auth.User;

/** /api/v1/admin. */
public final class AdminApi {
    private final ApiClient client;

    AdminApi(ApiClient client) {
        this.client = client;
    }

    public List<ResetRequest> resetRequests() {
        return client.getAllPages(ApiPaths.ADMIN_RESET_REQUESTS, new TypeReference<>() { });
    }

    public ResetRequest approveReset(long requestId) {
        return client.postJson(ApiPaths.ADMIN_APPROVE_RESET, new ApproveResetRequest(requestId, null), ResetRequest.class);
    }

    public ResetRequest denyReset(long requestId, String note) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_DENY_RESET, requestId), new NoteRequest(note),
                ResetRequest.class);
    }

    public List<AttendanceRecord> flagged() {
        return client.getAllPages(ApiPaths.ADMIN_FLAGGED, new TypeReference<>() { });
    }

    public AttendanceRecord setStatus(long recordId, SetStatusRequest request) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_SET_STATUS, recordId), request, AttendanceRecord.class);
    }

    public AttendanceRecord verify(long recordId) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_VERIFY, recordId), null, AttendanceRecord.class);
    }

    public Analytics analytics() {
        return client.get(ApiPaths.ADMIN_ANALYTICS, Analytics.class);
    }

    public List<User> users() {
        return client.getAllPages(ApiPaths.ADMIN_USERS, new TypeReference<>() { });
    }

    public User user(long userId) {
        return client.get(ApiPaths.withId(ApiPaths.ADMIN_USER, userId), User.class);
    }

    public User createUser(CreateUserRequest request) {
        return client.postJson(ApiPaths.ADMIN_USERS, request, User.class);
    }

    public User updateUser(long userId, UpdateUserRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.ADMIN_USER, userId), request, User.class);
    }

    public ImportResult importStudents(String csv) {
        return client.postRaw(ApiPaths.ADMIN_USERS_IMPORT, csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                ImportResult.class);
    }

    /** Starts a background import (202); follow it with {@link #importJob}. */
    public ImportJob startImport(String csv) {
        return client.postRaw(ApiPaths.ADMIN_IMPORT_JOBS, csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                ImportJob.class);
    }

    public ImportJob importJob(long jobId) {
        return client.get(ApiPaths.withId(ApiPaths.ADMIN_IMPORT_JOB, jobId), ImportJob.class);
    }

    /** Clears a student's face enrolment so they can enrol again. */
    public void resetFace(long userId) {
        client.delete(ApiPaths.withId(ApiPaths.ADMIN_USER_FACE, userId));
    }

    /** Erases a person's data for good (DELETE /admin/users/{id}?erase=true); attendance stays, anonymised. */
    public void eraseUser(long userId) {
        client.delete(ApiPaths.withId(ApiPaths.ADMIN_USER, userId) + "?erase=true");
    }

    /** Removes a user's second factor (lost phone and recovery codes). */
    public void resetTotp(long userId) {
        client.delete(ApiPaths.withId(ApiPaths.ADMIN_USER_TOTP, userId));
    }

    /** Mails the user a link to set a new password (an invitation for an account that never had one). */
    public void sendPasswordResetLink(long userId) {
        client.postNoContent(ApiPaths.withId(ApiPaths.ADMIN_USER_PASSWORD_RESET, userId), null);
    }

    public List<Course> courses() {
        return client.get(ApiPaths.ADMIN_COURSES, new TypeReference<>() { });
    }

    public Course createCourse(CreateCourseRequest request) {
        return client.postJson(ApiPaths.ADMIN_COURSES, request, Course.class);
    }

    public Course updateCourse(long courseId, UpdateCourseRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.ADMIN_COURSE, courseId), request, Course.class);
    }

    public Course enrol(long courseId, List<Long> studentIds) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_COURSE_ENROLMENTS, courseId),
                new EnrolmentRequest(studentIds), Course.class);
    }

    public List<Room> rooms() {
        return client.get(ApiPaths.ADMIN_ROOMS, new TypeReference<>() { });
    }

    public Room createRoom(CreateRoomRequest request) {
        return client.postJson(ApiPaths.ADMIN_ROOMS, request, Room.class);
    }

    public List<Kiosk> kiosks() {
        return client.get(ApiPaths.ADMIN_KIOSKS, new TypeReference<>() { });
    }

    public KioskEnrollmentCode createKiosk(CreateKioskRequest request) {
        return client.postJson(ApiPaths.ADMIN_KIOSKS, request, KioskEnrollmentCode.class);
    }

    /** A new one-time enrolment code for the kiosk; its current credential stops working. */
    public KioskEnrollmentCode reissueKiosk(long kioskId) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_KIOSK_REISSUE, kioskId), null, KioskEnrollmentCode.class);
    }

    public Kiosk revokeKiosk(long kioskId) {
        return client.postJson(ApiPaths.withId(ApiPaths.ADMIN_KIOSK_REVOKE, kioskId), null, Kiosk.class);
    }

    public List<AuditEvent> audit() {
        // the newest events only: the log grows for ever (older ones: ?cursor= from X-Next-Cursor)
        return client.get(ApiPaths.ADMIN_AUDIT + "?limit=500", new TypeReference<>() { });
    }

    public AuditVerification verifyAudit() {
        return client.get(ApiPaths.ADMIN_AUDIT_VERIFY, AuditVerification.class);
    }

    public Settings settings() {
        return client.get(ApiPaths.ADMIN_SETTINGS, Settings.class);
    }

    public Settings updateSettings(Settings settings) {
        return client.patchJson(ApiPaths.ADMIN_SETTINGS, settings, Settings.class);
    }

    public List<org.smavs.model.timetable.Term> terms() {
        return client.get(ApiPaths.ADMIN_TERMS, new TypeReference<>() { });
    }

    public org.smavs.model.timetable.Term addTerm(org.smavs.model.timetable.TermRequest request) {
        return client.postJson(ApiPaths.ADMIN_TERMS, request, org.smavs.model.timetable.Term.class);
    }

    public org.smavs.model.timetable.Term updateTerm(long termId, org.smavs.model.timetable.TermRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.ADMIN_TERM, termId), request, org.smavs.model.timetable.Term.class);
    }

    /** Moves or renames a room; sessions already created keep their geofence. */
    public Room updateRoom(long roomId, org.smavs.model.admin.UpdateRoomRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.ADMIN_ROOM, roomId), request, Room.class);
    }

    /** Takes one student off a course (their past records stay). */
    public void unenrol(long courseId, long studentId) {
        client.delete(ApiPaths.withIds(ApiPaths.ADMIN_COURSE_ENROLMENT, courseId, studentId));
    }

    /**
     * Enrols the students a CSV names, one per line, by {@code student_number} or {@code email} (a header line with
     * either column name; other columns are ignored). {@code enrolled}: newly enrolled; {@code skipped}: already were.
     */
    public ImportResult importEnrolments(long courseId, String csv) {
        return client.postRaw(ApiPaths.withId(ApiPaths.ADMIN_COURSE_ENROLMENTS_IMPORT, courseId),
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", ImportResult.class);
    }
}

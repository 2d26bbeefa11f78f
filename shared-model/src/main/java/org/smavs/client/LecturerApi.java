package org.smavs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Course;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.attendance.ReviewRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;
import org.smavs.model.admin.Room;

/** /api/v1/lecturers. */
public final class LecturerApi {
    private final ApiClient client;

    LecturerApi(ApiClient client) {
        this.client = client;
    }

    public Session createSession(CreateSessionRequest request) {
        return client.postJson(ApiPaths.LECTURER_SESSIONS, request, Session.class);
    }

    public List<Session> sessions() {
        return client.getAllPages(ApiPaths.LECTURER_SESSIONS, new TypeReference<>() { });
    }

    public Session session(long id) {
        return client.get(ApiPaths.withId(ApiPaths.LECTURER_SESSION, id), Session.class);
    }

    /** Renames, or moves a session that has not started (fields left null are unchanged). */
    public Session updateSession(long id, org.smavs.model.session.UpdateSessionRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION, id), request, Session.class);
    }

    /** Cancels a session that has not started; answers it with status cancelled. */
    public Session cancelSession(long id) {
        return client.deleteJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION, id), Session.class);
    }

    public Session close(long id) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION_CLOSE, id), null, Session.class);
    }

    public Session expire(long id) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPIRE, id), null, Session.class);
    }

    public Session regenerate(long id) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION_REGENERATE, id), null, Session.class);
    }

    public QrToken qr(long id) {
        return client.get(ApiPaths.withId(ApiPaths.LECTURER_SESSION_QR, id), QrToken.class);
    }

    public byte[] qrPng(long id) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_SESSION_QR_PNG, id));
    }

    public List<AttendanceRecord> attendance(long sessionId) {
        return client.getAllPages(ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, sessionId), new TypeReference<>() { });
    }

    public List<AttendanceRecord> flagged(long sessionId) {
        return client.getAllPages(ApiPaths.withId(ApiPaths.LECTURER_SESSION_FLAGGED, sessionId), new TypeReference<>() { });
    }

    public byte[] exportCsv(long sessionId) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPORT, sessionId));
    }

    public byte[] exportPdf(long sessionId) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPORT, sessionId) + "?format=pdf");
    }

    /** Every session of a course that starts between {@code from} and {@code to} (inclusive, UTC dates), as one file. */
    public byte[] exportCourse(long courseId, LocalDate from, LocalDate to, boolean pdf) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, courseId) + "?from=" + from + "&to=" + to
                + (pdf ? "&format=pdf" : ""));
    }

    /**
     * A course's export over a term: {@code format} "csv" (a line per student and session), "summary" (a CSV line per
     * student with held, present, late, excused, absent, flagged, rate, below threshold) or "pdf".
     */
    public byte[] exportCourseTerm(long courseId, long termId, String format) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, courseId) + "?term=" + termId
                + "&format=" + format);
    }

    public AttendanceRecord confirm(long recordId, String note) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_ATTENDANCE_CONFIRM, recordId), new ReviewRequest(note),
                AttendanceRecord.class);
    }

    public AttendanceRecord reject(long recordId, String note) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_ATTENDANCE_REJECT, recordId), new ReviewRequest(note),
                AttendanceRecord.class);
    }

    public byte[] selfie(long recordId) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_ATTENDANCE_SELFIE, recordId));
    }

    public AttendanceRecord markManually(long sessionId, ManualMarkRequest request) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_SESSION_MANUAL, sessionId), request,
                AttendanceRecord.class);
    }

    /** A student's enrolled reference photo, for flag review. */
    public byte[] referencePhoto(long studentId) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_STUDENT_REFERENCE_PHOTO, studentId));
    }

    /** Students enrolled in the session's course, with their status, for manual marking. */
    public List<SessionStudent> students(long sessionId) {
        return client.get(ApiPaths.withId(ApiPaths.LECTURER_SESSION_STUDENTS, sessionId), new TypeReference<>() { });
    }

    /** Rooms a session can be held in (their geofence is used for phone check-ins). */
    public List<Room> rooms() {
        return client.get(ApiPaths.LECTURER_ROOMS, new TypeReference<>() { });
    }

    public Dashboard dashboard() {
        return client.get(ApiPaths.LECTURER_DASHBOARD, Dashboard.class);
    }

    public List<Course> courses() {
        return client.get(ApiPaths.LECTURER_COURSES, new TypeReference<>() { });
    }

    /** Excuses for the caller's sessions; {@code status} pending (null), approved, rejected or all. */
    public List<org.smavs.model.excuse.Excuse> excuses(String status) {
        return client.get(ApiPaths.LECTURER_EXCUSES + (status == null ? "" : "?status=" + status),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }

    public byte[] excuseEvidence(long excuseId) {
        return client.getBytes(ApiPaths.withId(ApiPaths.LECTURER_EXCUSE_EVIDENCE, excuseId));
    }

    /** {@code decision}: "approve" or "reject" (a note is required to reject). */
    public org.smavs.model.excuse.Excuse decideExcuse(long excuseId, String decision, String note) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_EXCUSE_DECIDE, excuseId),
                new org.smavs.model.excuse.ExcuseDecision(decision, note), org.smavs.model.excuse.Excuse.class);
    }

    /** Adds a weekly meeting to a course; its sessions are generated at once. */
    public org.smavs.model.timetable.Meeting addMeeting(long courseId, org.smavs.model.timetable.MeetingRequest request) {
        return client.postJson(ApiPaths.withId(ApiPaths.LECTURER_COURSE_MEETINGS, courseId), request,
                org.smavs.model.timetable.Meeting.class);
    }

    public List<org.smavs.model.timetable.Meeting> meetings(long courseId) {
        return client.get(ApiPaths.withId(ApiPaths.LECTURER_COURSE_MEETINGS, courseId),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }

    /**
     * Changes a weekly meeting (fields left null keep their value). Only its sessions that have not started yet
     * change; sessions with check-ins or already over stay as they were.
     */
    public org.smavs.model.timetable.Meeting updateMeeting(long meetingId, org.smavs.model.timetable.MeetingRequest request) {
        return client.patchJson(ApiPaths.withId(ApiPaths.LECTURER_MEETING, meetingId), request,
                org.smavs.model.timetable.Meeting.class);
    }

    /** Ends a weekly meeting: its sessions that have not started yet are removed; held ones stay. */
    public void deleteMeeting(long meetingId) {
        client.delete(ApiPaths.withId(ApiPaths.LECTURER_MEETING, meetingId));
    }

    /** The students enrolled in a course the caller teaches (or any course, for an admin), by name. */
    public List<org.smavs.model.auth.User> courseStudents(long courseId) {
        return client.get(ApiPaths.withId(ApiPaths.LECTURER_COURSE_STUDENTS, courseId),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }
}

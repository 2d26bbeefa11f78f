package org.smavs.server.http;

import static org.smavs.server.http.ApiRole.ADMIN;
import static org.smavs.server.http.ApiRole.KIOSK;
import static org.smavs.server.http.ApiRole.LECTURER;
import static org.smavs.server.http.ApiRole.PUBLIC;
import static org.smavs.server.http.ApiRole.STUDENT;
import static org.smavs.server.http.ApiRole.USER;

import java.util.List;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.ApproveResetRequest;
import org.smavs.model.admin.NoteRequest;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.CourseAttendance;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.attendance.ReviewRequest;
import org.smavs.model.attendance.SetStatusRequest;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.device.CheckinPass;
import org.smavs.model.device.Device;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.UpdateSessionRequest;
import org.smavs.server.analytics.AnalyticsController;
import org.smavs.server.attendance.ReviewController;
import org.smavs.server.attendance.StudentAttendanceController;
import org.smavs.server.device.DeviceController;
import org.smavs.server.report.ReportController;
import org.smavs.server.session.SessionController;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.admin.UpdateRoomRequest;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.EnrolmentRequest;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.ChangePasswordRequest;
import org.smavs.model.auth.ForgotPasswordRequest;
import org.smavs.model.auth.LoginRequest;
import org.smavs.model.auth.ResetPasswordRequest;
import org.smavs.model.auth.SignInProviders;
import org.smavs.model.auth.OidcIdTokenRequest;
import org.smavs.model.auth.OidcTokenRequest;
import org.smavs.model.auth.TotpCodeRequest;
import org.smavs.model.auth.TotpDisableRequest;
import org.smavs.model.auth.TotpRecoveryCodes;
import org.smavs.model.auth.TotpSetup;
import org.smavs.server.auth.ResetPasswordPageController;
import org.smavs.model.auth.RefreshRequest;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.UpdateProfileRequest;
import org.smavs.model.auth.User;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskEnrollRequest;
import org.smavs.server.audit.AuditController;
import org.smavs.server.course.CourseController;
import org.smavs.server.kiosk.KioskAdminController;
import org.smavs.server.room.RoomController;
import org.smavs.server.settings.SettingsController;
import org.smavs.model.face.EnrollFaceResult;
import org.smavs.model.face.VerifyFaceResult;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.model.session.SessionStudent;
import org.smavs.server.auth.AuthController;
import org.smavs.server.auth.oidc.OidcController;
import org.smavs.server.excuse.ExcuseController;
import org.smavs.server.session.TimetableController;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.model.timetable.Term;
import org.smavs.model.timetable.TermRequest;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.excuse.ExcuseDecision;
import org.smavs.server.privacy.PrivacyController;
import org.smavs.server.roster.RosterController;
import org.smavs.server.kiosk.KioskController;
import org.smavs.server.biometrics.FaceController;
import org.smavs.server.http.docs.DocsController;
import org.smavs.server.health.HealthController;
import org.smavs.server.user.UserAdminController;

/** The one route table: every HTTP route of the server, with the roles that may call it. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** Controllers the table dispatches to. */
    public record Controllers(HealthController health, DocsController docs, AuthController auth,
                              UserAdminController userAdmin, RoomController rooms, CourseController courses,
                              KioskAdminController kiosks, AuditController audit, SettingsController settings,
                              SessionController sessions, DeviceController devices,
                              StudentAttendanceController submissions, ReviewController review,
                              ReportController reports, AnalyticsController analytics, FaceController faces,
                              KioskController kiosk, RosterController roster,
                              PrivacyController privacy, ResetPasswordPageController resetPage,
                              OidcController oidc, ExcuseController excuses, TimetableController timetable) {
    }

    public static List<RouteSpec> table(Controllers c) {
        RouteTable r = new RouteTable();

        r.tag("system");
        r.get(ApiPaths.HEALTH, "Liveness and database reachability (503 with Retry-After while the database is "
                + "unreachable or the server is draining)", c.health()::health, PUBLIC).produces("application/json");
        r.get(ApiPaths.METRICS, "Prometheus metrics (needs SMAVS_METRICS_TOKEN as a bearer token when set)",
                c.health()::metrics, PUBLIC).produces("text/plain");
        r.get(ApiPaths.OPENAPI, "This OpenAPI 3 document", c.docs()::openApi, PUBLIC).produces("application/json");
        r.get(ApiPaths.DOCS, "Interactive API documentation (Swagger UI)", c.docs()::swaggerUi, PUBLIC)
                .produces("text/html");
        r.get(ApiPaths.REDOC, "The API reference as one page, section per tag", c.docs()::reference, PUBLIC)
                .produces("text/html");
        r.get("/webjars/swagger-ui/{version}/{file}", "Swagger UI assets", c.docs()::swaggerAsset, PUBLIC)
                .produces("application/javascript", "text/css", "image/png");

        r.tag("auth");
        r.post(ApiPaths.AUTH_REGISTER, "Create an account (students self-register; other roles need an admin)",
                c.auth()::register, PUBLIC).body(RegisterRequest.class).returns(User.class).status(201);
        r.post(ApiPaths.AUTH_LOGIN, "Sign in with email and password (JSON, or form fields username/password)",
                c.auth()::login, PUBLIC).body(LoginRequest.class).alsoForm("username!", "password!", "totp_code")
                .returns(TokenPair.class);
        r.get(ApiPaths.AUTH_ME, "The signed-in user", c.auth()::me, USER).returns(User.class);
        r.patch(ApiPaths.AUTH_ME, "Change your own preferences: e-mail notifications on or off (account mails such as "
                + "password links are always sent)", c.auth()::updateMe, USER).body(UpdateProfileRequest.class)
                .returns(User.class);
        r.post(ApiPaths.AUTH_REFRESH, "Exchange a refresh token for a new token pair (rotation)",
                c.auth()::refresh, PUBLIC).body(RefreshRequest.class).alsoForm("refresh_token!").returns(TokenPair.class);
        r.post(ApiPaths.AUTH_LOGOUT, "Revoke the refresh tokens of this login", c.auth()::logout, PUBLIC)
                .body(RefreshRequest.class).alsoForm("refresh_token!").status(204);

        r.get(ApiPaths.AUTH_PROVIDERS, "How people can sign in here (password; reset by mail; single sign-on)",
                c.auth()::providers, PUBLIC).returns(SignInProviders.class);
        r.post(ApiPaths.AUTH_CHANGE_PASSWORD, "Change your password; every other login of the account ends",
                c.auth()::changePassword, USER).body(ChangePasswordRequest.class).status(204);
        r.post(ApiPaths.AUTH_FORGOT_PASSWORD, "Ask for a password reset link by mail (202 whether or not the address "
                + "has an account)", c.auth()::forgotPassword, PUBLIC).body(ForgotPasswordRequest.class).alsoForm("email!")
                .status(202);
        r.post(ApiPaths.AUTH_RESET_PASSWORD, "Set a new password with the token from the mailed link (works once, "
                + "30 minutes); every login ends", c.auth()::resetPassword, PUBLIC).body(ResetPasswordRequest.class)
                .status(204);
        r.get(ApiPaths.RESET_PASSWORD_PAGE, "The page the reset mail links to (HTML form)", c.resetPage()::form, PUBLIC)
                .query("token!").produces("text/html");
        r.post(ApiPaths.RESET_PASSWORD_PAGE, "The reset page's form (HTML answer)", c.resetPage()::submit, PUBLIC)
                .consumes("application/x-www-form-urlencoded").form("token!", "new_password!", "repeat!")
                .produces("text/html");

        r.get(ApiPaths.AUTH_OIDC_AUTHORIZE, "Single sign-on from a desktop app: ?redirect_uri (loopback, RFC 8252), "
                + "code_challenge, code_challenge_method=S256, state → 302 to the institution's sign-in page",
                c.oidc()::authorize, PUBLIC).query("redirect_uri!", "code_challenge!", "code_challenge_method!", "state")
                .status(302);
        r.get(ApiPaths.AUTH_OIDC_CALLBACK, "Where the institution's sign-in page returns (browser) → 302 to the app's "
                + "loopback address with a one-time code, or an HTML page saying what went wrong", c.oidc()::callback,
                PUBLIC).query("state", "code", "error", "error_description").status(302);
        r.post(ApiPaths.AUTH_OIDC_TOKEN, "Exchange the one-time code (with the PKCE verifier and the same "
                + "redirect_uri) for a token pair", c.oidc()::token, PUBLIC).body(OidcTokenRequest.class)
                .returns(TokenPair.class);
        r.post(ApiPaths.AUTH_OIDC_ID_TOKEN, "Sign in with an ID token a mobile app got from the institution's "
                + "provider (audience: a configured mobile client id; each token works once)", c.oidc()::idToken,
                PUBLIC).body(OidcIdTokenRequest.class).returns(TokenPair.class);
        r.post(ApiPaths.AUTH_TOTP_SETUP, "Start setting up an authenticator app (secret, otpauth URI, QR code); "
                + "not required at sign-in until enabled", c.auth()::totpSetup, USER).returns(TotpSetup.class);
        r.post(ApiPaths.AUTH_TOTP_ENABLE, "Switch the second factor on with the first code; answers the one-time "
                + "recovery codes", c.auth()::totpEnable, USER).body(TotpCodeRequest.class)
                .returns(TotpRecoveryCodes.class);
        r.post(ApiPaths.AUTH_TOTP_DISABLE, "Switch the second factor off (needs the password)", c.auth()::totpDisable,
                USER).body(TotpDisableRequest.class).status(204);

        r.tag("admin");
        r.delete(ApiPaths.ADMIN_USER_TOTP, "Remove a user's second factor (lost phone and recovery codes)",
                c.auth()::totpReset, ADMIN);
        r.post(ApiPaths.ADMIN_USER_PASSWORD_RESET, "Mail the user a link to set a new password (an invitation for "
                + "accounts that never had one)", c.auth()::sendResetLink, ADMIN).status(202);
        r.get(ApiPaths.ADMIN_USERS, "List or search users (?q=)", c.userAdmin()::list, ADMIN).query("q")
                .returnsPage(User.class);
        r.post(ApiPaths.ADMIN_USERS, "Create a user of any role", c.userAdmin()::create, ADMIN)
                .body(CreateUserRequest.class).returns(User.class).status(201);
        r.get(ApiPaths.ADMIN_USER, "One user", c.userAdmin()::get, ADMIN).returns(User.class);
        r.patch(ApiPaths.ADMIN_USER, "Change role, activate/deactivate, name, student number or PIN",
                c.userAdmin()::update, ADMIN).body(UpdateUserRequest.class).returns(User.class);
        r.post(ApiPaths.ADMIN_USERS_IMPORT, "Import students from CSV (email,full_name,student_number,course_code)",
                c.userAdmin()::importCsv, ADMIN).consumes("text/csv").returns(ImportResult.class);
        r.post(ApiPaths.ADMIN_IMPORT_JOBS, "Start a background CSV import of students (same columns); poll the job",
                c.userAdmin()::startImport, ADMIN).consumes("text/csv").returns(ImportJob.class).status(202);
        r.get(ApiPaths.ADMIN_IMPORT_JOB, "Progress and, when done, the report of a background import",
                c.userAdmin()::importJob, ADMIN).returns(ImportJob.class);
        r.get(ApiPaths.ADMIN_ROOMS, "List rooms", c.rooms()::list, ADMIN).returnsList(Room.class);
        r.post(ApiPaths.ADMIN_ROOMS, "Create a room with its geofence", c.rooms()::create, ADMIN)
                .body(CreateRoomRequest.class).returns(Room.class).status(201);
        r.get(ApiPaths.ADMIN_COURSES, "List courses", c.courses()::list, ADMIN).returnsList(Course.class);
        r.post(ApiPaths.ADMIN_COURSES, "Create a course", c.courses()::create, ADMIN)
                .body(CreateCourseRequest.class).returns(Course.class).status(201);
        r.patch(ApiPaths.ADMIN_COURSE, "Rename a course, change its lead lecturer, staff (replaces the list), archive it, "
                + "its own late rule or its rule for unenrolled check-ins (fields left null are unchanged)",
                c.courses()::update, ADMIN).body(UpdateCourseRequest.class).returns(Course.class);
        r.post(ApiPaths.ADMIN_COURSE_ENROLMENTS, "Enrol students in a course", c.courses()::enrol, ADMIN)
                .body(EnrolmentRequest.class).returns(Course.class);
        r.delete(ApiPaths.ADMIN_COURSE_ENROLMENT, "Take a student off a course (their past records stay)",
                c.courses()::unenrol, ADMIN).status(204);
        r.post(ApiPaths.ADMIN_COURSE_ENROLMENTS_IMPORT, "Enrol students from CSV: a header naming student_number or "
                + "email (other columns ignored), or one student number or address per line; enrolled = newly, "
                + "skipped = already enrolled, errors per line", c.courses()::importEnrolments, ADMIN)
                .consumes("text/csv").returns(ImportResult.class);
        r.patch(ApiPaths.ADMIN_ROOM, "Rename or move a room (fields left null are unchanged); sessions already "
                + "created keep their geofence", c.rooms()::update, ADMIN).body(UpdateRoomRequest.class)
                .returns(Room.class);
        r.get(ApiPaths.ADMIN_KIOSKS, "List kiosks", c.kiosks()::list, ADMIN).returnsList(Kiosk.class);
        r.post(ApiPaths.ADMIN_KIOSKS, "Create a kiosk for a room; answers its one-time enrolment code",
                c.kiosks()::create, ADMIN).body(CreateKioskRequest.class).returns(KioskEnrollmentCode.class).status(201);
        r.post(ApiPaths.ADMIN_KIOSK_REISSUE, "Issue a new enrolment code (the old credential stops working)",
                c.kiosks()::reissue, ADMIN).returns(KioskEnrollmentCode.class);
        r.post(ApiPaths.ADMIN_KIOSK_REVOKE, "Revoke a kiosk's credential", c.kiosks()::revoke, ADMIN).returns(Kiosk.class);
        r.get(ApiPaths.ADMIN_AUDIT, "Audit events, newest first (?action=)", c.audit()::list, ADMIN).query("action")
                .returnsPage(AuditEvent.class);
        r.get(ApiPaths.ADMIN_AUDIT_VERIFY, "Verify the audit hash chain", c.audit()::verify, ADMIN)
                .returns(AuditVerification.class);
        r.get(ApiPaths.ADMIN_SETTINGS, "Run-time tunables", c.settings()::get, ADMIN).returns(Settings.class);
        r.patch(ApiPaths.ADMIN_SETTINGS, "Change run-time tunables (send all fields)", c.settings()::update, ADMIN)
                .body(Settings.class).returns(Settings.class);

        r.tag("kiosk");
        r.post(ApiPaths.KIOSK_ENROLL, "Trade a one-time enrolment code for the kiosk credential", c.kiosks()::enroll, PUBLIC)
                .body(KioskEnrollRequest.class).returns(KioskCredential.class).status(201);

        attendanceRoutes(r, c);
        faceRoutes(r, c.faces());
        privacyRoutes(r, c.privacy());
        kioskRoutes(r, c.kiosk());
        excuseRoutes(r, c.excuses());
        timetableRoutes(r, c.timetable());
        r.tag("lecturers");
        r.get(ApiPaths.LECTURER_SESSION_STUDENTS, "Students of the session's course with their status (for manual marking)",
                c.roster()::students, LECTURER, ADMIN).returnsList(SessionStudent.class);
        r.get(ApiPaths.LECTURER_ROOMS, "Rooms and their geofences", c.roster()::rooms, LECTURER, ADMIN).returnsList(Room.class);
        return r.build();
    }

    private static void timetableRoutes(RouteTable r, TimetableController t) {
        r.tag("lecturers");
        r.post(ApiPaths.LECTURER_COURSE_MEETINGS, "Add a weekly meeting to your course: a session every week from "
                + "first_date to last_date at start_time in the institution's time zone (daylight saving handled), "
                + "skipping term holidays and dates already over; 409 ROOM_BOOKED when another lecturer holds the room",
                t::addMeeting, LECTURER, ADMIN).body(MeetingRequest.class).returns(Meeting.class).status(201);
        r.get(ApiPaths.LECTURER_COURSE_MEETINGS, "The course's weekly meetings (anyone who teaches the course)",
                t::meetings, LECTURER, ADMIN).returnsList(Meeting.class);
        r.patch(ApiPaths.LECTURER_MEETING, "Change a weekly meeting (fields left null are unchanged): only its sessions "
                + "that have not started move, are removed or are added; held sessions stay as they were. The course's "
                + "lecturers and admins, not its teaching assistants", t::updateMeeting, LECTURER, ADMIN)
                .body(MeetingRequest.class).returns(Meeting.class);
        r.delete(ApiPaths.LECTURER_MEETING, "End a weekly meeting: its sessions that have not started are removed "
                + "(cancelled when a student already sent an excuse for one); held sessions stay", t::deleteMeeting,
                LECTURER, ADMIN).status(204);
        r.tag("admin");
        r.get(ApiPaths.ADMIN_TERMS, "Academic terms with their holidays", t::terms, ADMIN).returnsList(Term.class);
        r.post(ApiPaths.ADMIN_TERMS, "Add a term (holidays: dates no generated session falls on)", t::addTerm, ADMIN)
                .body(TermRequest.class).returns(Term.class).status(201);
        r.patch(ApiPaths.ADMIN_TERM, "Change a term (fields left null are unchanged)", t::updateTerm, ADMIN)
                .body(TermRequest.class).returns(Term.class);
    }

    private static void excuseRoutes(RouteTable r, ExcuseController x) {
        r.tag("students");
        r.post(ApiPaths.STUDENT_EXCUSES, "Explain an absence from one of your sessions, once (multipart: session_id, "
                + "reason, evidence? as PDF, JPEG or PNG, checked by content)", x::submit, STUDENT)
                .consumes("multipart/form-data").form("session_id:integer!", "reason!", "evidence:binary")
                .returns(Excuse.class).status(201);
        r.get(ApiPaths.STUDENT_EXCUSES, "Your excuses, newest first", x::mine, STUDENT).returnsList(Excuse.class);
        r.tag("lecturers");
        r.get(ApiPaths.LECTURER_EXCUSES, "Excuses for your sessions, oldest first (?status=pending (default), approved, "
                + "rejected or all; an admin sees every session's)", x::queue, LECTURER, ADMIN).query("status")
                .returnsList(Excuse.class);
        r.get(ApiPaths.LECTURER_EXCUSE_EVIDENCE, "An excuse's evidence file (PDF, JPEG or PNG)", x::evidence,
                LECTURER, ADMIN).produces("application/pdf", "image/jpeg", "image/png");
        r.post(ApiPaths.LECTURER_EXCUSE_DECIDE, "Approve or reject an excuse once (a note is required to reject); "
                + "approval makes the student's record for that session excused; 409 NOT_PENDING when already decided",
                x::decide, LECTURER, ADMIN).body(ExcuseDecision.class).returns(Excuse.class);
    }

    private static void kioskRoutes(RouteTable r, KioskController k) {
        r.tag("kiosk");
        r.get(ApiPaths.KIOSK_CURRENT_SESSION, "The session running in the kiosk's room, with the current QR token",
                k::currentSession, KIOSK).returns(KioskSession.class);
        r.post(ApiPaths.KIOSK_CHECKIN_START, "Identify a student (phone pass, or student number + PIN) and get a challenge",
                k::start, KIOSK).body(StartCheckInRequest.class).returns(CheckInChallenge.class).status(201);
        r.post(ApiPaths.KIOSK_CHECKIN_COMPLETE, "Send the burst of frames captured during the challenge (multipart: frames)",
                k::complete, KIOSK).consumes("multipart/form-data").form("frames:binary[]!")
                .returns(AttendanceRecord.class).status(201);
        r.post(ApiPaths.KIOSK_CHECKIN_OFFLINE, "Upload check-ins captured while offline (idempotent per item)",
                k::offline, KIOSK).body(OfflineBatch.class).returnsList(OfflineResult.class);
    }

    private static void privacyRoutes(RouteTable r, PrivacyController p) {
        r.tag("privacy");
        r.get(ApiPaths.STUDENT_MY_DATA_EXPORT, "Everything SMAVS holds about you (profile, enrolments, records, devices, "
                + "consents, face verifications, audit events about you), as a JSON attachment", p::export,
                STUDENT, LECTURER, ADMIN).produces("application/json");
        r.delete(ApiPaths.ADMIN_USER, "Erase a person's data (?erase=true): name, e-mail, photos, templates, devices; "
                + "anonymised attendance stays", p::erase, ADMIN).query("erase:boolean");
    }

    private static void faceRoutes(RouteTable r, FaceController f) {
        r.tag("face");
        r.post(ApiPaths.STUDENT_ENROLL_FACE, "Enrol your face (multipart: file, consent=true); 428 without consent, "
                + "422 with the reason for a bad photo", f::enroll, STUDENT).consumes("multipart/form-data")
                .form("file:binary!", "consent:boolean").returns(EnrollFaceResult.class);
        r.post(ApiPaths.STUDENT_VERIFY_FACE, "Check a photo against your enrolled face (multipart: file)", f::verify, STUDENT)
                .consumes("multipart/form-data").form("file:binary!").returns(VerifyFaceResult.class);
        r.delete(ApiPaths.STUDENT_FACE, "Withdraw consent: deletes your face template and reference photo", f::withdraw, STUDENT);
        r.delete(ApiPaths.ADMIN_USER_FACE, "Clear a student's face enrolment so they can enrol again", f::adminReset, ADMIN);
        r.get(ApiPaths.LECTURER_STUDENT_REFERENCE_PHOTO, "A student's enrolled reference photo (image/jpeg or image/png)",
                f::referencePhoto, LECTURER, ADMIN).produces("image/jpeg", "image/png");
    }

    private static void attendanceRoutes(RouteTable r, Controllers a) {
        r.tag("students");
        r.post(ApiPaths.STUDENT_ATTENDANCE, "Check in to a session (multipart: session_code or qr_token or "
                        + "qr_session_id+qr_nonce, imei, latitude, longitude, accuracy_m?, selfie?, presence_image?, "
                        + "device_signature?; Idempotency-Key header)", a.submissions()::submit, STUDENT)
                .consumes("multipart/form-data").form("session_code", "qr_token", "qr_session_id", "qr_nonce", "imei",
                        "latitude:number", "longitude:number", "accuracy_m:number", "selfie:binary",
                        "presence_image:binary", "device_signature").headers("Idempotency-Key")
                .returns(AttendanceRecord.class).status(201);
        r.get(ApiPaths.STUDENT_ATTENDANCE, "The caller's attendance history, newest first, each record with its "
                + "session_title, course_code and starts_at", a.submissions()::history, STUDENT)
                .returnsPage(AttendanceRecord.class);
        r.get(ApiPaths.STUDENT_MY_COURSES, "The caller's courses: sessions held, present, excused, absent, flagged, "
                + "attendance rate ((present + excused) / held) and whether it is below the institution's threshold",
                a.submissions()::myCourses, STUDENT).returnsList(CourseAttendance.class);
        r.post(ApiPaths.STUDENT_DEVICE_BIND, "Bind this device (JSON or form); another device while bound: 409 and a "
                + "reset request", a.devices()::bind, STUDENT).body(BindDeviceRequest.class)
                .alsoForm("imei!", "public_key", "platform", "model").returns(Device.class);
        r.get(ApiPaths.STUDENT_CHECKIN_PASS, "A pass to show as a QR at a kiosk: valid 20 s, works once. An app whose device key is bound appends '.' + "
                + "base64(device signature over the pass text); unsigned passes are flagged DEVICE_NOT_VERIFIED", a.devices()::checkinPass,
                STUDENT).returns(CheckinPass.class);

        r.tag("lecturers");
        r.post(ApiPaths.LECTURER_SESSIONS, "Create a session", a.sessions()::create, LECTURER, ADMIN)
                .body(CreateSessionRequest.class).returns(Session.class).status(201);
        r.get(ApiPaths.LECTURER_SESSIONS, "The caller's sessions (an admin: all)", a.sessions()::list, LECTURER, ADMIN)
                .returnsPage(Session.class);
        r.get(ApiPaths.LECTURER_SESSION, "One session", a.sessions()::get, LECTURER, ADMIN).returns(Session.class);
        r.patch(ApiPaths.LECTURER_SESSION, "Rename a session, or move one that has not started to another time or room "
                + "(the room's booking is checked)", a.sessions()::update, LECTURER, ADMIN)
                .body(UpdateSessionRequest.class).returns(Session.class);
        r.delete(ApiPaths.LECTURER_SESSION, "Cancel a session that has not started (status cancelled: no check-ins, "
                + "not counted as held, nobody absent); answers the session", a.sessions()::cancel, LECTURER, ADMIN)
                .status(200).returns(Session.class);
        r.post(ApiPaths.LECTURER_SESSION_CLOSE, "End the session now", a.sessions()::close, LECTURER, ADMIN)
                .returns(Session.class);
        r.post(ApiPaths.LECTURER_SESSION_EXPIRE, "End the session now, as expired", a.sessions()::expire, LECTURER, ADMIN)
                .returns(Session.class);
        r.post(ApiPaths.LECTURER_SESSION_REGENERATE, "New session code and QR secret; the old ones stop working",
                a.sessions()::regenerate, LECTURER, ADMIN).returns(Session.class);
        r.get(ApiPaths.LECTURER_SESSION_QR, "The current rotating QR token", a.sessions()::qr, LECTURER, ADMIN)
                .returns(QrToken.class);
        r.get(ApiPaths.LECTURER_SESSION_QR_PNG, "The current rotating QR token as a PNG image", a.sessions()::qrPng,
                LECTURER, ADMIN).produces("image/png");
        r.get(ApiPaths.LECTURER_SESSION_ATTENDANCE, "The roster with student names and numbers", a.review()::roster,
                LECTURER, ADMIN).returnsPage(AttendanceRecord.class);
        r.get(ApiPaths.LECTURER_SESSION_FLAGGED, "Flagged records, riskiest first", a.review()::flagged, LECTURER, ADMIN)
                .returnsPage(AttendanceRecord.class);
        r.get(ApiPaths.LECTURER_SESSION_EXPORT, "Export as CSV (?format=pdf for PDF)", a.reports()::export, LECTURER, ADMIN)
                .query("format").produces("text/csv", "application/pdf");
        r.post(ApiPaths.LECTURER_SESSION_MANUAL, "Mark a student by hand (note required)", a.review()::manual,
                LECTURER, ADMIN).body(ManualMarkRequest.class).returns(AttendanceRecord.class);
        r.post(ApiPaths.LECTURER_ATTENDANCE_CONFIRM, "Confirm a flagged record (→ present); 409 NOT_FLAGGED when it was already decided", a.review()::confirm,
                LECTURER, ADMIN).body(ReviewRequest.class).returns(AttendanceRecord.class);
        r.post(ApiPaths.LECTURER_ATTENDANCE_REJECT, "Reject a flagged record (note required); 409 NOT_FLAGGED when it was already decided", a.review()::reject,
                LECTURER, ADMIN).body(ReviewRequest.class).returns(AttendanceRecord.class);
        r.get(ApiPaths.LECTURER_ATTENDANCE_SELFIE, "The record's stored selfie", a.review()::selfie, LECTURER, ADMIN)
                .produces("image/jpeg", "image/png");
        r.get(ApiPaths.LECTURER_DASHBOARD, "Dashboard figures", a.reports()::dashboard, LECTURER, ADMIN)
                .returns(Dashboard.class);
        r.get(ApiPaths.LECTURER_COURSES, "The courses the caller teaches (lead, lecturer or teaching assistant; "
                + "all for an admin), archived ones included", a.courses()::taught, LECTURER, ADMIN)
                .returnsList(Course.class);
        r.get(ApiPaths.LECTURER_COURSE_STUDENTS, "The students enrolled in a course you teach (any part) by name",
                a.courses()::students, LECTURER, ADMIN).returnsList(User.class);
        r.get(ApiPaths.LECTURER_COURSE_EXPORT, "Export every session of the course starting from..to (YYYY-MM-DD, UTC, "
                + "inclusive, at most 366 days) or in a term (?term=<id> instead of from/to): as one CSV (text/csv, a "
                + "line per student and session), ?format=summary (CSV, a line per student: held, present, late, "
                + "excused, absent, flagged, rejected, rate, below threshold) or ?format=pdf (the per-student figures, "
                + "then each session)", a.reports()::exportCourse, LECTURER, ADMIN)
                .query("from:date", "to:date", "term:integer", "format")
                .produces("text/csv", "application/pdf");

        r.tag("admin");
        r.get(ApiPaths.ADMIN_RESET_REQUESTS, "Device reset requests (?status=pending|approved|denied|all)",
                a.devices()::resetRequests, ADMIN).query("status").returnsPage(ResetRequest.class);
        r.post(ApiPaths.ADMIN_APPROVE_RESET, "Approve a device reset (request_id, or the seed's user_id)",
                a.devices()::approve, ADMIN).body(ApproveResetRequest.class).returns(ResetRequest.class);
        r.post(ApiPaths.ADMIN_DENY_RESET, "Deny a device reset", a.devices()::deny, ADMIN)
                .body(NoteRequest.class).returns(ResetRequest.class);
        r.get(ApiPaths.ADMIN_FLAGGED, "All flagged records, riskiest first", a.review()::allFlagged, ADMIN)
                .returnsPage(AttendanceRecord.class);
        r.post(ApiPaths.ADMIN_SET_STATUS, "Set any status on a record", a.review()::setStatus, ADMIN)
                .body(SetStatusRequest.class).returns(AttendanceRecord.class);
        r.post(ApiPaths.ADMIN_VERIFY, "Force-verify a record (→ present)", a.review()::verify, ADMIN)
                .returns(AttendanceRecord.class);
        r.get(ApiPaths.ADMIN_ANALYTICS, "System-wide figures", a.analytics()::analytics, ADMIN).returns(Analytics.class);
    }
}

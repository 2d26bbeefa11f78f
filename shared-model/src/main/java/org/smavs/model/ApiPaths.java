package org.smavs.model;

/** Every path of API v1, shared by the server's route table and the client. {id} marks a path parameter. */
public final class ApiPaths {
    private ApiPaths() {
    }

    public static final String API = "/api/v1";

    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";
    public static final String OPENAPI = "/openapi.json";
    public static final String DOCS = "/docs";
    public static final String REDOC = "/redoc";

    public static final String AUTH_REGISTER = API + "/auth/register";
    public static final String AUTH_LOGIN = API + "/auth/login";
    public static final String AUTH_ME = API + "/auth/me";
    public static final String AUTH_REFRESH = API + "/auth/refresh";
    public static final String AUTH_LOGOUT = API + "/auth/logout";
    public static final String AUTH_PROVIDERS = API + "/auth/providers";
    public static final String AUTH_CHANGE_PASSWORD = API + "/auth/change-password";
    public static final String AUTH_FORGOT_PASSWORD = API + "/auth/forgot-password";
    public static final String AUTH_RESET_PASSWORD = API + "/auth/reset-password";
    /** The page the reset mail links to (HTML, outside the JSON API). */
    public static final String RESET_PASSWORD_PAGE = "/reset-password";
    public static final String AUTH_OIDC_AUTHORIZE = API + "/auth/oidc/authorize";
    public static final String AUTH_OIDC_CALLBACK = API + "/auth/oidc/callback";
    public static final String AUTH_OIDC_TOKEN = API + "/auth/oidc/token";
    public static final String AUTH_OIDC_ID_TOKEN = API + "/auth/oidc/id-token";
    public static final String AUTH_TOTP_SETUP = API + "/auth/totp/setup";
    public static final String AUTH_TOTP_ENABLE = API + "/auth/totp/enable";
    public static final String AUTH_TOTP_DISABLE = API + "/auth/totp/disable";

    public static final String STUDENT_ATTENDANCE = API + "/students/attendance";
    public static final String STUDENT_MY_COURSES = API + "/students/me/courses";
    public static final String STUDENT_EXCUSES = API + "/students/excuses";
    public static final String LECTURER_EXCUSES = API + "/lecturers/excuses";
    public static final String LECTURER_EXCUSE_DECIDE = API + "/lecturers/excuses/{id}/decide";
    public static final String LECTURER_EXCUSE_EVIDENCE = API + "/lecturers/excuses/{id}/evidence";
    public static final String STUDENT_DEVICE_BIND = API + "/students/device/bind";
    public static final String STUDENT_ENROLL_FACE = API + "/students/enroll-face";
    public static final String STUDENT_VERIFY_FACE = API + "/students/verify-face";
    public static final String STUDENT_FACE = API + "/students/face";
    public static final String STUDENT_MY_DATA_EXPORT = API + "/students/me/export";
    public static final String STUDENT_CHECKIN_PASS = API + "/students/checkin-pass";

    public static final String LECTURER_SESSIONS = API + "/lecturers/sessions";
    public static final String LECTURER_SESSION = LECTURER_SESSIONS + "/{id}";
    public static final String LECTURER_SESSION_CLOSE = LECTURER_SESSION + "/close";
    public static final String LECTURER_SESSION_EXPIRE = LECTURER_SESSION + "/expire";
    public static final String LECTURER_SESSION_REGENERATE = LECTURER_SESSION + "/regenerate";
    public static final String LECTURER_SESSION_QR = LECTURER_SESSION + "/qr";
    public static final String LECTURER_SESSION_QR_PNG = LECTURER_SESSION + "/qr.png";
    public static final String LECTURER_SESSION_ATTENDANCE = LECTURER_SESSION + "/attendance";
    public static final String LECTURER_SESSION_FLAGGED = LECTURER_SESSION + "/flagged";
    public static final String LECTURER_SESSION_EXPORT = LECTURER_SESSION + "/export";
    public static final String LECTURER_SESSION_MANUAL = LECTURER_SESSION + "/manual";
    public static final String LECTURER_SESSION_LIVE = LECTURER_SESSION + "/live";
    public static final String LECTURER_SESSION_STUDENTS = LECTURER_SESSION + "/students";
    public static final String LECTURER_ROOMS = API + "/lecturers/rooms";
    public static final String LECTURER_ATTENDANCE_CONFIRM = API + "/lecturers/attendance/{id}/confirm";
    public static final String LECTURER_ATTENDANCE_REJECT = API + "/lecturers/attendance/{id}/reject";
    public static final String LECTURER_ATTENDANCE_SELFIE = API + "/lecturers/attendance/{id}/selfie";
    public static final String LECTURER_DASHBOARD = API + "/lecturers/dashboard";
    public static final String LECTURER_COURSES = API + "/lecturers/courses";
    public static final String LECTURER_COURSE_EXPORT = LECTURER_COURSES + "/{id}/export";
    public static final String LECTURER_COURSE_MEETINGS = LECTURER_COURSES + "/{id}/meetings";
    public static final String LECTURER_COURSE_STUDENTS = LECTURER_COURSES + "/{id}/students";
    public static final String LECTURER_MEETING = API + "/lecturers/meetings/{id}";
    public static final String ADMIN_TERMS = API + "/admin/terms";
    public static final String ADMIN_TERM = ADMIN_TERMS + "/{id}";
    public static final String LECTURER_STUDENT_REFERENCE_PHOTO = API + "/lecturers/students/{id}/reference-photo";

    public static final String ADMIN_RESET_REQUESTS = API + "/admin/imei-reset-requests";
    public static final String ADMIN_APPROVE_RESET = API + "/admin/approve-imei-reset";
    public static final String ADMIN_DENY_RESET = API + "/admin/imei-reset-requests/{id}/deny";
    public static final String ADMIN_FLAGGED = API + "/admin/flagged";
    public static final String ADMIN_SET_STATUS = API + "/admin/attendance/{id}/set-status";
    public static final String ADMIN_VERIFY = API + "/admin/attendance/{id}/verify";
    public static final String ADMIN_ANALYTICS = API + "/admin/analytics";
    public static final String ADMIN_USERS = API + "/admin/users";
    public static final String ADMIN_USER = ADMIN_USERS + "/{id}";
    public static final String ADMIN_USERS_IMPORT = ADMIN_USERS + "/import";
    public static final String ADMIN_USER_FACE = ADMIN_USER + "/face";
    public static final String ADMIN_USER_PASSWORD_RESET = ADMIN_USER + "/password-reset";
    public static final String ADMIN_USER_TOTP = ADMIN_USER + "/totp";
    public static final String ADMIN_IMPORT_JOBS = API + "/admin/import-jobs";
    public static final String ADMIN_IMPORT_JOB = ADMIN_IMPORT_JOBS + "/{id}";
    public static final String ADMIN_COURSES = API + "/admin/courses";
    public static final String ADMIN_COURSE = ADMIN_COURSES + "/{id}";
    public static final String ADMIN_COURSE_ENROLMENTS = ADMIN_COURSE + "/enrolments";
    public static final String ADMIN_COURSE_ENROLMENT = ADMIN_COURSE_ENROLMENTS + "/{student_id}";
    public static final String ADMIN_COURSE_ENROLMENTS_IMPORT = ADMIN_COURSE_ENROLMENTS + "/import";
    public static final String ADMIN_ROOMS = API + "/admin/rooms";
    public static final String ADMIN_ROOM = ADMIN_ROOMS + "/{id}";
    public static final String ADMIN_KIOSKS = API + "/admin/kiosks";
    public static final String ADMIN_KIOSK_REVOKE = ADMIN_KIOSKS + "/{id}/revoke";
    public static final String ADMIN_KIOSK_REISSUE = ADMIN_KIOSKS + "/{id}/enrollment-code";
    public static final String ADMIN_AUDIT = API + "/admin/audit";
    public static final String ADMIN_AUDIT_VERIFY = ADMIN_AUDIT + "/verify";
    public static final String ADMIN_SETTINGS = API + "/admin/settings";

    public static final String KIOSK_ENROLL = API + "/kiosk/enroll";
    public static final String KIOSK_CURRENT_SESSION = API + "/kiosk/current-session";
    public static final String KIOSK_CHECKIN_START = API + "/kiosk/check-ins/start";
    public static final String KIOSK_CHECKIN_COMPLETE = API + "/kiosk/check-ins/{id}/complete";
    public static final String KIOSK_CHECKIN_OFFLINE = API + "/kiosk/check-ins/offline";

    /** Fills the {id} and {student_id} placeholders of a path with two ids. */
    public static String withIds(String path, long id, long studentId) {
        return withId(path, id).replace("{student_id}", Long.toString(studentId));
    }

    /** Fills the {id} placeholder of a path. */
    public static String withId(String path, long id) {
        return path.replace("{id}", Long.toString(id));
    }
}

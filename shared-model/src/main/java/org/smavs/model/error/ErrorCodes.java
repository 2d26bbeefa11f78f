package org.smavs.model.error;

/** Machine-readable error codes carried in {@link ApiError#code()}. Extend, never rename. */
public final class ErrorCodes {
    private ErrorCodes() {
    }

    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String NOT_AUTHENTICATED = "NOT_AUTHENTICATED";
    public static final String INVALID_TOKEN = "INVALID_TOKEN";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    /** Password sign-in of an account that signs in only through the institution's single sign-on. */
    public static final String SSO_ONLY = "SSO_ONLY";
    /** Single sign-on did not complete: a refused, expired, reused or foreign code or ID token. */
    public static final String SSO_FAILED = "SSO_FAILED";
    /** The password was right; the account also needs its authenticator code ({@code totp_code}). */
    public static final String TOTP_REQUIRED = "TOTP_REQUIRED";
    /** The authenticator (or recovery) code was wrong or already used. */
    public static final String TOTP_INVALID = "TOTP_INVALID";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";
    public static final String ALREADY_SUBMITTED = "ALREADY_SUBMITTED";
    public static final String DEVICE_ALREADY_BOUND = "DEVICE_ALREADY_BOUND";
    public static final String DEVICE_SHARED = "DEVICE_SHARED";
    public static final String NOT_ENROLLED = "NOT_ENROLLED";
    public static final String ROOM_BOOKED = "ROOM_BOOKED";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String RULE_VIOLATION = "RULE_VIOLATION";
    public static final String INVALID_SESSION_CODE = "INVALID_SESSION_CODE";
    public static final String SESSION_CLOSED = "SESSION_CLOSED";
    public static final String QR_EXPIRED = "QR_EXPIRED";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";
    public static final String FACE_UNAVAILABLE = "FACE_UNAVAILABLE";
    public static final String FACE_QUALITY = "FACE_QUALITY";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
}

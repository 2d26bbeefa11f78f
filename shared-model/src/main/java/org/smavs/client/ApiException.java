package org.smavs.client;

import org.smavs.model.error.ApiError;

/** A non-2xx answer from the server, or a failure to reach it ({@code status} 0). */
public class ApiException extends RuntimeException {
    private final int status;
    private final ApiError error;

    public ApiException(int status, ApiError error) {
        super(error == null ? "HTTP " + status : error.detail());
        this.status = status;
        this.error = error;
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.error = null;
    }

    /** HTTP status, or 0 when the server could not be reached. */
    public int status() {
        return status;
    }

    /** The server's error body; null when the server could not be reached or sent none. */
    public ApiError error() {
        return error;
    }

    /** The machine code of the error, or "UNREACHABLE" when no answer came. */
    public String code() {
        if (error != null && error.code() != null) {
            return error.code();
        }
        return status == 0 ? "UNREACHABLE" : "HTTP_" + status;
    }

    public boolean isUnreachable() {
        return status == 0;
    }
}

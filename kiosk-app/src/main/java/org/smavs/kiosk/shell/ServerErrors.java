package org.smavs.kiosk.shell;

import org.smavs.client.ApiException;

/** How the kiosk reads a failure: is the server gone, has it revoked us, and what do we tell people. */
public final class ServerErrors {
    private ServerErrors() {
    }

    public static boolean isUnreachable(Throwable error) {
        return error instanceof ApiException api && api.isUnreachable();
    }

    /** 401: the credential is unknown or revoked. (403 on the session poll too; see SessionViewModel.) */
    public static boolean isRevocation(Throwable error) {
        return error instanceof ApiException api && api.status() == 401;
    }

    /** The API error code of a refusal ("IDENTIFICATION_FAILED"), or null. */
    public static String code(Throwable error) {
        return error instanceof ApiException api ? api.code() : null;
    }

    public static int status(Throwable error) {
        return error instanceof ApiException api ? api.status() : -1;
    }

    /** The server's own explanation when it gave one; otherwise {@code fallback}. */
    public static String message(Throwable error, String fallback) {
        if (error instanceof ApiException api && api.error() != null && api.error().detail() != null
                && !api.error().detail().isBlank()) {
            return api.error().detail();
        }
        return fallback;
    }
}

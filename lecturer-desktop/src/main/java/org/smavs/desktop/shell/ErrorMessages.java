package org.smavs.desktop.shell;

import org.smavs.client.ApiException;

/** Turns failures into sentences a lecturer can act on, instead of exception names. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** A human sentence for a failed call; {@code action} is what the user tried, e.g. "load the sessions". */
    public static String describe(String action, Throwable failure) {
        String prefix = "Could not " + action + ". ";
        if (failure instanceof ApiException api) {
            return prefix + explain(api);
        }
        if (failure instanceof java.io.IOException) {
            return prefix + "The file could not be read or written (" + failure.getMessage() + ").";
        }
        return prefix + "Something unexpected went wrong; please retry.";
    }

    private static String explain(ApiException api) {
        String detail = api.error() == null ? null : api.error().detail();
        return switch (api.status()) {
            case 0 -> "The server cannot be reached. Check the server address and your network, then retry.";
            case 401 -> "Your sign-in has expired. Please sign out and sign in again.";
            case 403 -> "Your account is not allowed to do this.";
            case 404 -> "It no longer exists on the server.";
            case 429 -> "Too many attempts in a short time. Wait a moment and retry.";
            case 500, 502, 503, 504 -> "The server is having trouble right now. Try again shortly.";
            default -> detail == null || detail.isBlank() ? "The server refused the request." : sentence(detail);
        };
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}

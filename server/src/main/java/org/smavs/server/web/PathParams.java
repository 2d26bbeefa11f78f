package org.smavs.server.web;

import io.javalin.http.Context;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ValidationException;

/** Reads ids and numeric query parameters with clear errors instead of NumberFormatExceptions. */
public final class PathParams {
    private PathParams() {
    }

    /** The {id} path parameter; a non-numeric id is simply an unknown resource (404). */
    public static long id(Context ctx) {
        return id(ctx, "id");
    }

    /** A numeric path parameter by name; non-numeric is an unknown resource (404). */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new NotFoundException("No resource with id '" + raw + "'");
        }
    }

    public static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ValidationException.field(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ValidationException.malformed("Query parameter '" + name + "' must be a whole number",
                    java.util.List.of(new org.smavs.model.error.FieldError(name, "must be a whole number")));
        }
    }
}

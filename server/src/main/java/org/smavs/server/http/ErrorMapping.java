package org.smavs.server.http;

import org.smavs.server.web.RequestContext;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.error.ApiError;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.RateLimitedException;

/** The only place that turns failures into status codes and the error JSON of API v1. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String WRITTEN = "smavs.errorWritten";

    void register(JavalinConfig config) {
        config.routes.exception(DomainException.class, (e, ctx) -> {
            if (e instanceof RateLimitedException limited) {
                ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            if (e.status() == 503) {
                ctx.header("Retry-After", "5");
            }
            write(ctx, e.status(), e.code(), e.getMessage(), e.fieldErrors());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeFor(e.getStatus()), messageFor(e.getStatus(), e.getMessage()), List.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // first: a connection the database cut also ends in an EOFException, which is not the client's doing
            if (isDatabaseUnreachable(e)) {
                LOG.warn("Database unreachable during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "5");
                write(ctx, 503, ErrorCodes.SERVICE_UNAVAILABLE,
                        "The database cannot be reached right now; nothing was changed, please try again shortly", List.of());
                return;
            }
            if (isDatabaseBusy(e)) {
                // a lock wait ran out under load: the transaction rolled back, a retry is safe
                LOG.warn("Database busy during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "2");
                write(ctx, 503, ErrorCodes.SERVICE_UNAVAILABLE,
                        "The server is very busy right now; nothing was changed, please try again in a moment", List.of());
                return;
            }
            if (isClientGone(e)) {
                // the client hung up mid-upload: nothing to answer and nothing wrong with the server
                LOG.debug("Client went away during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                write(ctx, 400, ErrorCodes.MALFORMED_REQUEST, "The request ended before its body was complete",
                        List.of());
                return;
            }
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, ErrorCodes.INTERNAL_ERROR,
                    "Something went wrong on the server; quote request id " + RequestContext.requestId(ctx), List.of());
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, ErrorCodes.NOT_FOUND, "No such endpoint: " + ctx.method() + " " + ctx.path(), List.of());
            }
        });
        config.routes.error(405, "*", ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 405, "METHOD_NOT_ALLOWED", ctx.method() + " is not allowed on " + ctx.path(), List.of());
            }
        });
        config.routes.error(413, "*", ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 413, ErrorCodes.PAYLOAD_TOO_LARGE, "The request body is too large", List.of());
            }
        });
    }

    static void write(Context ctx, int status, String code, String detail, List<FieldError> errors) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status).json(new ApiError(detail, code, RequestContext.requestId(ctx),
                status == 400 || status == 422 ? errors : List.of()));
    }

    /** A connection closed by the client while its body was read (Jetty's EofException, an early EOF). */
    static boolean isClientGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("org.eclipse.jetty.io.EofException")
                    || cause instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection-level failures (SQLState class 08, 57P0x, pool time-outs) mean "down", not "bug", also when
     * they surface as a failed rollback on a connection the database closed, or only as a suppressed cause.
     */
    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isDatabaseUnreachable(suppressed)) {
                    return true;
                }
            }
            if (cause.getClass().getName().equals("org.hibernate.TransactionException")
                    && String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("rollback")) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** A lock wait that ran out, a deadlock or a serialization failure: busy, not broken. */
    static boolean isDatabaseBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof java.sql.SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("55P03", "40001", "40P01", "HYT00").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCodes.MALFORMED_REQUEST;
            case 401 -> ErrorCodes.NOT_AUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCodes.SERVICE_UNAVAILABLE;
            default -> "HTTP_" + status;
        };
    }

    private static String messageFor(int status, String message) {
        if (status == 413) {
            return "The request body is too large";
        }
        return message == null || message.isBlank() ? "HTTP " + status : message;
    }
}

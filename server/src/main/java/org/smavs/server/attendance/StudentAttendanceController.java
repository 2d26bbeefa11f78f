package org.smavs.server.attendance;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.UnsupportedMediaException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.web.RequestContext;

/** POST and GET /students/attendance. */
public final class StudentAttendanceController {
    private final AttendanceSubmissionService submissions;
    private final AttendanceQueries records;
    private final long maxImageBytes;

    public StudentAttendanceController(AttendanceSubmissionService submissions, AttendanceQueries records,
                                       long maxImageBytes) {
        this.submissions = submissions;
        this.records = records;
        this.maxImageBytes = maxImageBytes;
    }

    public void submit(Context ctx) {
        String key = IdempotencyService.validKey(ctx.header(IdempotencyService.HEADER));
        SubmissionForm form = readForm(ctx);
        IdempotencyService.StoredResponse response = submissions.submit(form, RequestContext.actor(ctx), key);
        ctx.status(response.status()).contentType("application/json").result(response.body());
    }

    public void history(Context ctx) {
        ctx.json(records.historyOf(RequestContext.actor(ctx)));
    }

    private SubmissionForm readForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        boolean multipart = type.startsWith("multipart/form-data");
        if (!multipart && !type.startsWith("application/x-www-form-urlencoded")) {
            throw new UnsupportedMediaException("Send the check-in as multipart/form-data");
        }
        try {
            return new SubmissionForm(text(ctx, "session_code"), text(ctx, "qr_token"), text(ctx, "qr_session_id"),
                    text(ctx, "qr_nonce"), text(ctx, "imei"), number(ctx, "latitude"), number(ctx, "longitude"),
                    number(ctx, "accuracy_m"), multipart ? file(ctx, "selfie") : null,
                    multipart ? file(ctx, "presence_image") : null, text(ctx, "device_signature"));
        } catch (IllegalStateException e) {
            // Jetty refuses a part above the multipart limit while parsing.
            throw new PayloadTooLargeException("An uploaded file is larger than the "
                    + maxImageBytes / (1024 * 1024) + " MB limit");
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Double number(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ValidationException.malformed("Field '" + name + "' must be a number",
                    List.of(new FieldError(name, "expected a number")));
        }
    }

    private byte[] file(Context ctx, String name) {
        UploadedFile file = ctx.uploadedFile(name);
        if (file == null) {
            return null;
        }
        if (file.size() > maxImageBytes) {
            throw new PayloadTooLargeException(name + " is larger than the " + maxImageBytes / (1024 * 1024) + " MB limit");
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ValidationException.malformed(name + " could not be read", List.of(new FieldError(name, "unreadable")));
        }
    }
}

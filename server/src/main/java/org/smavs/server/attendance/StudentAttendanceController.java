package org.smavs.server.attendance;

import io.javalin.http.Context;
import java.util.List;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.UnsupportedMediaException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.web.RequestContext;

/** POST and GET /students/attendance, GET /students/me/courses. */
public final class StudentAttendanceController {
    private final AttendanceSubmissionService submissions;
    private final AttendanceQueries records;
    private final MultipartForms forms;
    private final RateLimiter limiter;
    private final java.util.function.IntSupplier thresholdPercent;

    public StudentAttendanceController(AttendanceSubmissionService submissions, AttendanceQueries records,
                                       MultipartForms forms, RateLimiter limiter,
                                       java.util.function.IntSupplier thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
        this.submissions = submissions;
        this.records = records;
        this.forms = forms;
        this.limiter = limiter;
    }

    public void submit(Context ctx) {
        limiter.check("student-" + RequestContext.actor(ctx).userId());
        String key = IdempotencyService.validKey(ctx.header(IdempotencyService.HEADER));
        SubmissionForm form = readForm(ctx);
        ctx.json(submissions.submit(form, RequestContext.actor(ctx), key));
    }

    public void history(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, records.historyOf(RequestContext.actor(ctx), page.offset(), page.fetchSize()));
    }

    /** GET /students/me/courses: the student's figures per enrolled course against the institution's threshold. */
    public void myCourses(Context ctx) {
        ctx.json(records.coursesOf(RequestContext.actor(ctx), thresholdPercent.getAsInt()));
    }

    /** Multipart as the seed's clients send it; url-encoded forms are accepted when there are no images. */
    private SubmissionForm readForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        boolean multipart = type.startsWith("multipart/form-data");
        if (!multipart && !type.startsWith("application/x-www-form-urlencoded")) {
            throw new UnsupportedMediaException("Send the check-in as multipart/form-data");
        }
        return new SubmissionForm(MultipartForms.text(ctx, "session_code"), MultipartForms.text(ctx, "qr_token"),
                MultipartForms.text(ctx, "qr_session_id"), MultipartForms.text(ctx, "qr_nonce"),
                MultipartForms.text(ctx, "imei"), number(ctx, "latitude"), number(ctx, "longitude"),
                number(ctx, "accuracy_m"), multipart ? forms.file(ctx, "selfie") : null,
                multipart ? forms.file(ctx, "presence_image") : null, MultipartForms.text(ctx, "device_signature"));
    }

    private static Double number(Context ctx, String name) {
        String raw = MultipartForms.text(ctx, name);
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
}

package org.smavs.server.excuse;

import io.javalin.http.Context;
import org.smavs.model.excuse.ExcuseDecision;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /students/excuses and /lecturers/excuses. */
public final class ExcuseController {
    private final ExcuseService excuses;
    private final MultipartForms forms;
    private final JsonBodies bodies;

    public ExcuseController(ExcuseService excuses, MultipartForms forms, JsonBodies bodies) {
        this.excuses = excuses;
        this.forms = forms;
        this.bodies = bodies;
    }

    /** Multipart: session_id, reason, evidence? (PDF, JPEG or PNG). */
    public void submit(Context ctx) {
        MultipartForms.requireMultipart(ctx);
        String session = MultipartForms.text(ctx, "session_id");
        Long sessionId;
        try {
            sessionId = session == null ? null : Long.parseLong(session);
        } catch (NumberFormatException e) {
            throw ValidationException.field("session_id", "must be a session id (a whole number)");
        }
        ctx.json(excuses.submit(RequestContext.actor(ctx), sessionId, MultipartForms.text(ctx, "reason"),
                forms.file(ctx, "evidence")));
    }

    public void mine(Context ctx) {
        ctx.json(excuses.mine(RequestContext.actor(ctx)));
    }

    public void queue(Context ctx) {
        ctx.json(excuses.queue(RequestContext.actor(ctx), ctx.queryParam("status")));
    }

    public void evidence(Context ctx) {
        ExcuseService.Evidence evidence = excuses.evidence(RequestContext.actor(ctx), PathParams.id(ctx));
        ctx.contentType(evidence.contentType()).result(evidence.data());
    }

    public void decide(Context ctx) {
        ExcuseDecision decision = bodies.read(ctx, ExcuseDecision.class);
        ctx.json(excuses.decide(RequestContext.actor(ctx), PathParams.id(ctx), decision.decision(), decision.note()));
    }
}

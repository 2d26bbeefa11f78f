package org.smavs.server.attendance;

import io.javalin.http.Context;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.attendance.ReviewRequest;
import org.smavs.model.attendance.SetStatusRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** Rosters, flag review and manual marking for lecturers; the flag queue and overrides for admins. */
public final class ReviewController {
    private final AttendanceQueries queries;
    private final AttendanceReviewService review;
    private final JsonBodies bodies;

    public ReviewController(AttendanceQueries queries, AttendanceReviewService review, JsonBodies bodies) {
        this.queries = queries;
        this.review = review;
        this.bodies = bodies;
    }

    public void roster(Context ctx) {
        long sessionId = PathParams.id(ctx);
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, queries.roster(sessionId, RequestContext.actor(ctx), page.offset(), page.fetchSize()));
    }

    public void flagged(Context ctx) {
        long sessionId = PathParams.id(ctx);
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, queries.flagged(sessionId, RequestContext.actor(ctx), page.offset(), page.fetchSize()));
    }

    public void allFlagged(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, queries.allFlagged(page.offset(), page.fetchSize()));
    }

    public void confirm(Context ctx) {
        long id = PathParams.id(ctx);
        ctx.json(review.confirm(id, bodies.read(ctx, ReviewRequest.class).note(), RequestContext.actor(ctx)));
    }

    public void reject(Context ctx) {
        long id = PathParams.id(ctx);
        ctx.json(review.reject(id, bodies.read(ctx, ReviewRequest.class).note(), RequestContext.actor(ctx)));
    }

    public void manual(Context ctx) {
        long sessionId = PathParams.id(ctx);
        ctx.json(review.markManually(sessionId, bodies.read(ctx, ManualMarkRequest.class), RequestContext.actor(ctx)));
    }

    public void setStatus(Context ctx) {
        long id = PathParams.id(ctx);
        SetStatusRequest request = bodies.read(ctx, SetStatusRequest.class);
        ctx.json(review.setStatus(id, request.status(), request.note(), RequestContext.actor(ctx)));
    }

    public void verify(Context ctx) {
        ctx.json(review.verify(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void selfie(Context ctx) {
        AttendanceQueries.Image image = queries.selfie(PathParams.id(ctx), RequestContext.actor(ctx));
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(image.contentType()).result(image.data());
    }
}

package org.smavs.server.session;

import io.javalin.http.Context;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.model.timetable.TermRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /lecturers/courses/{id}/meetings and /admin/terms. */
public final class TimetableController {
    private final TimetableService timetable;
    private final JsonBodies bodies;

    public TimetableController(TimetableService timetable, JsonBodies bodies) {
        this.timetable = timetable;
        this.bodies = bodies;
    }

    public void addMeeting(Context ctx) {
        ctx.json(timetable.addMeeting(PathParams.id(ctx), bodies.read(ctx, MeetingRequest.class), RequestContext.actor(ctx)));
    }

    public void updateMeeting(Context ctx) {
        ctx.json(timetable.updateMeeting(PathParams.id(ctx), bodies.read(ctx, MeetingRequest.class),
                RequestContext.actor(ctx)));
    }

    public void deleteMeeting(Context ctx) {
        timetable.deleteMeeting(PathParams.id(ctx), RequestContext.actor(ctx));
        ctx.status(204);
    }

    public void meetings(Context ctx) {
        ctx.json(timetable.meetingsOf(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void terms(Context ctx) {
        ctx.json(timetable.terms());
    }

    public void addTerm(Context ctx) {
        ctx.json(timetable.addTerm(bodies.read(ctx, TermRequest.class), RequestContext.actor(ctx)));
    }

    public void updateTerm(Context ctx) {
        ctx.json(timetable.updateTerm(PathParams.id(ctx), bodies.read(ctx, TermRequest.class), RequestContext.actor(ctx)));
    }
}

package org.smavs.server.roster;

import io.javalin.http.Context;
import org.smavs.server.room.RoomService;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** What a lecturer needs to plan and mark a session: the session's students and the rooms. */
public final class RosterController {
    private final SessionStudents students;
    private final RoomService rooms;

    public RosterController(SessionStudents students, RoomService rooms) {
        this.students = students;
        this.rooms = rooms;
    }

    public void students(Context ctx) {
        ctx.json(students.of(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void rooms(Context ctx) {
        ctx.json(rooms.list());
    }
}

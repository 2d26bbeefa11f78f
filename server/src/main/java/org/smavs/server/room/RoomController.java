package org.smavs.server.room;

import io.javalin.http.Context;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.RequestContext;

/** /api/v1/admin/rooms. */
public final class RoomController {
    private final RoomService rooms;
    private final JsonBodies bodies;

    public RoomController(RoomService rooms, JsonBodies bodies) {
        this.rooms = rooms;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(rooms.list());
    }

    public void create(Context ctx) {
        ctx.json(rooms.create(bodies.read(ctx, CreateRoomRequest.class), RequestContext.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(rooms.update(org.smavs.server.web.PathParams.id(ctx),
                bodies.read(ctx, org.smavs.model.admin.UpdateRoomRequest.class), RequestContext.actor(ctx)));
    }
}

package org.smavs.server.device;

import io.javalin.http.Context;
import java.util.List;
import org.smavs.model.admin.ApproveResetRequest;
import org.smavs.model.admin.NoteRequest;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /students/device/bind, /students/checkin-pass and the admin's device-reset endpoints. */
public final class DeviceController {
    private final DeviceService service;
    private final JsonBodies bodies;

    public DeviceController(DeviceService service, JsonBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    /** JSON, or form fields as the seed's clients send them. */
    public void bind(Context ctx) {
        BindDeviceRequest request = isForm(ctx)
                ? new BindDeviceRequest(ctx.formParam("imei"), ctx.formParam("public_key"), ctx.formParam("platform"),
                        ctx.formParam("model"))
                : bodies.read(ctx, BindDeviceRequest.class);
        ctx.json(service.bind(request, RequestContext.actor(ctx)));
    }

    public void checkinPass(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(service.checkinPass(RequestContext.actor(ctx)));
    }

    public void resetRequests(Context ctx) {
        String status = ctx.queryParam("status") == null ? "pending" : ctx.queryParam("status");
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, service.resetRequests(status, page.offset(), page.fetchSize()));
    }

    public void approve(Context ctx) {
        ApproveResetRequest request = isForm(ctx)
                ? new ApproveResetRequest(longForm(ctx, "request_id"), longForm(ctx, "user_id"))
                : bodies.read(ctx, ApproveResetRequest.class);
        ctx.json(service.approve(request, RequestContext.actor(ctx)));
    }

    public void deny(Context ctx) {
        long id = PathParams.id(ctx);
        ctx.json(service.deny(id, bodies.read(ctx, NoteRequest.class).note(), RequestContext.actor(ctx)));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static Long longForm(Context ctx, String name) {
        String raw = ctx.formParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.malformed("Field '" + name + "' must be a whole number",
                    List.of(new FieldError(name, "expected a number")));
        }
    }
}

package org.smavs.server.privacy;

import io.javalin.http.Context;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** GET /students/me/export (the caller's data) and DELETE /admin/users/{id}?erase=true (an admin's erasure). */
public final class PrivacyController {
    private final PersonalData personalData;

    public PrivacyController(PersonalData personalData) {
        this.personalData = personalData;
    }

    public void export(Context ctx) {
        var actor = RequestContext.actor(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"smavs-my-data-" + actor.userId() + ".json\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.json(personalData.exportFor(actor));
    }

    public void erase(Context ctx) {
        long id = PathParams.id(ctx);
        if (!"true".equals(ctx.queryParam("erase"))) {
            throw ValidationException.field("erase", "must be true: erasure removes this person's data for good "
                    + "(to stop an account from signing in, deactivate it instead)");
        }
        personalData.erase(id, RequestContext.actor(ctx));
    }
}

package org.smavs.server.audit;

import io.javalin.http.Context;
import org.smavs.server.web.PathParams;

/** /api/v1/admin/audit and /audit/verify. */
public final class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        int limit = PathParams.intQuery(ctx, "limit", 200, 1, 5000);
        String action = ctx.queryParam("action");
        ctx.json(audit.latest(limit, action == null || action.isBlank() ? null : action));
    }

    public void verify(Context ctx) {
        ctx.json(audit.verify());
    }
}

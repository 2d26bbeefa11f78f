package org.smavs.server.audit;

import io.javalin.http.Context;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.PathParams;

/** /api/v1/admin/audit and /audit/verify. */
public final class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        String action = ctx.queryParam("action");
        page.respond(ctx, audit.latest(page.offset(), page.fetchSize(), action == null || action.isBlank() ? null : action));
    }

    public void verify(Context ctx) {
        ctx.json(audit.verify());
    }
}

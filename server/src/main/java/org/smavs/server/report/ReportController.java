package org.smavs.server.report;

import io.javalin.http.Context;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** Exports, the lecturer's dashboard and course list. */
public final class ReportController {
    private final ReportService reports;
    private final DashboardService dashboard;

    public ReportController(ReportService reports, DashboardService dashboard) {
        this.reports = reports;
        this.dashboard = dashboard;
    }

    public void export(Context ctx) {
        ReportService.Download file = reports.export(PathParams.id(ctx), ctx.queryParam("format"), RequestContext.actor(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(file.contentType()).result(file.data());
    }

    public void dashboard(Context ctx) {
        ctx.json(dashboard.dashboard(RequestContext.actor(ctx)));
    }

    public void courses(Context ctx) {
        ctx.json(dashboard.courses(RequestContext.actor(ctx)));
    }
}

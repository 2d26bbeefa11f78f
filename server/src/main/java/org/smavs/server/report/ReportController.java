package org.smavs.server.report;

import io.javalin.http.Context;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** Session and course exports, the lecturer's dashboard and course list. */
public final class ReportController {
    private final ReportService reports;
    private final DashboardService dashboard;

    public ReportController(ReportService reports, DashboardService dashboard) {
        this.reports = reports;
        this.dashboard = dashboard;
    }

    public void export(Context ctx) {
        send(ctx, reports.export(PathParams.id(ctx), ctx.queryParam("format"), RequestContext.actor(ctx)));
    }

    public void exportCourse(Context ctx) {
        long courseId = PathParams.id(ctx);
        String term = ctx.queryParam("term");
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if ((term == null || term.isBlank()) && from == null && to == null) {
            throw org.smavs.server.error.ValidationException.field("term", "give ?term=<id> of a term, or from and to "
                    + "(YYYY-MM-DD)");
        }
        ExportRange range = term == null || term.isBlank() ? ExportRange.parse(from, to) : reports.termRange(termId(term));
        send(ctx, reports.exportCourse(courseId, range, ctx.queryParam("format"), RequestContext.actor(ctx)));
    }

    public void dashboard(Context ctx) {
        ctx.json(dashboard.dashboard(RequestContext.actor(ctx)));
    }

    private static long termId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw org.smavs.server.error.ValidationException.field("term", "must be a term's id (a whole number)");
        }
    }

    private static void send(Context ctx, ReportService.Download file) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(file.contentType()).result(file.data());
    }
}

package org.smavs.server.user;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /api/v1/admin/users. */
public final class UserAdminController {
    private static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final UserAdminService service;
    private final ImportJobs imports;
    private final UserAdminService.CourseEnroller enroller;
    private final JsonBodies bodies;

    public UserAdminController(UserAdminService service, ImportJobs imports, UserAdminService.CourseEnroller enroller,
                               JsonBodies bodies) {
        this.imports = imports;
        this.service = service;
        this.enroller = enroller;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, service.list(ctx.queryParam("q"), page.offset(), page.fetchSize()));
    }

    public void get(Context ctx) {
        ctx.json(service.get(PathParams.id(ctx)));
    }

    public void create(Context ctx) {
        ctx.json(service.create(bodies.read(ctx, CreateUserRequest.class), RequestContext.actor(ctx)));
    }

    public void update(Context ctx) {
        long id = PathParams.id(ctx);
        ctx.json(service.update(id, bodies.read(ctx, UpdateUserRequest.class), RequestContext.actor(ctx)));
    }

    /** Accepts the CSV as a text/csv body or as a multipart {@code file} part. */
    public void importCsv(Context ctx) {
        ctx.json(service.importStudents(readCsv(ctx), RequestContext.actor(ctx), enroller));
    }

    public void startImport(Context ctx) {
        ctx.json(imports.start(readCsv(ctx), RequestContext.actor(ctx)));
    }

    public void importJob(Context ctx) {
        ctx.json(imports.get(PathParams.id(ctx)));
    }

    private static String readCsv(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw ValidationException.field("file", "is required (a CSV file)");
            }
            if (file.size() > MAX_CSV_BYTES) {
                throw new PayloadTooLargeException("The CSV file is larger than 2 MiB");
            }
            try (InputStream in = file.content()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ValidationException.field("file", "could not be read");
            }
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_CSV_BYTES) {
            throw new PayloadTooLargeException("The CSV file is larger than 2 MiB");
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}

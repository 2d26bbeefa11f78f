package org.smavs.server.course;

import io.javalin.http.Context;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.EnrolmentRequest;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /api/v1/admin/courses. */
public final class CourseController {
    private final CourseService courses;
    private final JsonBodies bodies;

    public CourseController(CourseService courses, JsonBodies bodies) {
        this.courses = courses;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(courses.list());
    }

    public void taught(Context ctx) {
        ctx.json(courses.taughtBy(RequestContext.actor(ctx)));
    }

    public void create(Context ctx) {
        ctx.json(courses.create(bodies.read(ctx, CreateCourseRequest.class), RequestContext.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(courses.update(PathParams.id(ctx), bodies.read(ctx, UpdateCourseRequest.class), RequestContext.actor(ctx)));
    }

    public void enrol(Context ctx) {
        long id = PathParams.id(ctx);
        ctx.json(courses.enrol(id, bodies.read(ctx, EnrolmentRequest.class).studentIds(), RequestContext.actor(ctx)));
    }

    public void unenrol(Context ctx) {
        courses.unenrol(PathParams.id(ctx), PathParams.id(ctx, "student_id"), RequestContext.actor(ctx));
        ctx.status(204);
    }

    public void importEnrolments(Context ctx) {
        ctx.json(courses.importEnrolments(PathParams.id(ctx), ctx.body(), RequestContext.actor(ctx)));
    }

    public void students(Context ctx) {
        ctx.json(courses.students(PathParams.id(ctx), RequestContext.actor(ctx)));
    }
}

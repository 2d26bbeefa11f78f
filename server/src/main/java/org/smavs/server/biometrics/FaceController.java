package org.smavs.server.biometrics;

import io.javalin.http.Context;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /students/enroll-face, /students/verify-face, DELETE /students/face, admin reset, reference photos. */
public final class FaceController {
    private final FaceEnrolmentService enrolment;
    private final ReferencePhotos referencePhotos;
    private final MultipartForms forms;

    public FaceController(FaceEnrolmentService enrolment, ReferencePhotos referencePhotos, MultipartForms forms) {
        this.enrolment = enrolment;
        this.referencePhotos = referencePhotos;
        this.forms = forms;
    }

    public void enroll(Context ctx) {
        MultipartForms.requireMultipart(ctx);
        byte[] image = requiredImage(ctx);
        ctx.json(enrolment.enroll(RequestContext.actor(ctx), image, MultipartForms.flag(ctx, "consent")));
    }

    public void verify(Context ctx) {
        MultipartForms.requireMultipart(ctx);
        ctx.json(enrolment.verify(RequestContext.actor(ctx), requiredImage(ctx)));
    }

    public void withdraw(Context ctx) {
        enrolment.withdraw(RequestContext.actor(ctx));
    }

    public void adminReset(Context ctx) {
        enrolment.adminReset(PathParams.id(ctx), RequestContext.actor(ctx));
    }

    public void referencePhoto(Context ctx) {
        byte[] photo = referencePhotos.read(RequestContext.actor(ctx), PathParams.id(ctx));
        ctx.contentType(photo.length > 1 && (photo[0] & 0xff) == 0x89 ? "image/png" : "image/jpeg").result(photo);
    }

    private byte[] requiredImage(Context ctx) {
        byte[] image = forms.file(ctx, "file", "image", "photo");
        if (image == null) {
            throw ValidationException.field("file", "is required (a JPEG or PNG photo of your face)");
        }
        return image;
    }
}

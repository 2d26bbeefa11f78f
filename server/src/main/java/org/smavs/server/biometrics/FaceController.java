package org.smavs.server.biometrics;

import io.javalin.http.Context;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /students/enroll-face, /students/verify-face, DELETE /students/face, admin reset, reference photos. */
public final class FaceController {
    private final FaceService faces;
    private final ReferencePhotoAccess photoAccess;
    private final MultipartForms forms;

    /** {@code faces} is null when face verification is switched off (SMAVS_FACE_ENABLED=false). */
    public FaceController(FaceService faces, ReferencePhotoAccess photoAccess, MultipartForms forms) {
        this.faces = faces;
        this.photoAccess = photoAccess;
        this.forms = forms;
    }

    public void enroll(Context ctx) {
        requireEnabled();
        MultipartForms.requireMultipart(ctx);
        byte[] image = requiredImage(ctx);
        ctx.json(faces.enroll(RequestContext.actor(ctx), image, MultipartForms.flag(ctx, "consent")));
    }

    public void verify(Context ctx) {
        requireEnabled();
        MultipartForms.requireMultipart(ctx);
        ctx.json(faces.verify(RequestContext.actor(ctx), requiredImage(ctx)));
    }

    public void withdraw(Context ctx) {
        requireEnabled();
        faces.withdraw(RequestContext.actor(ctx));
        ctx.status(204);
    }

    public void adminReset(Context ctx) {
        requireEnabled();
        faces.adminReset(PathParams.id(ctx), RequestContext.actor(ctx));
        ctx.status(204);
    }

    public void referencePhoto(Context ctx) {
        requireEnabled();
        long studentId = PathParams.id(ctx);
        photoAccess.check(RequestContext.actor(ctx), studentId);
        byte[] photo = faces.referencePhoto(studentId);
        ctx.contentType(photo.length > 1 && (photo[0] & 0xff) == 0x89 ? "image/png" : "image/jpeg").result(photo);
    }

    private void requireEnabled() {
        if (faces == null) {
            throw new ServiceUnavailableException(ErrorCodes.FACE_UNAVAILABLE,
                    "Face verification is switched off on this server");
        }
    }

    private byte[] requiredImage(Context ctx) {
        byte[] image = forms.file(ctx, "file", "image", "photo");
        if (image == null) {
            throw ValidationException.field("file", "is required (a JPEG or PNG photo of your face)");
        }
        return image;
    }
}

package org.smavs.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.UnsupportedMediaException;
import org.smavs.server.error.ValidationException;

/** Reads multipart/form-data uploads with the size limit enforced and parse failures turned into 4xx. */
public final class MultipartForms {
    private final long maxFileBytes;

    public MultipartForms(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public static void requireMultipart(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!type.startsWith("multipart/form-data")) {
            throw new UnsupportedMediaException("Send this request as multipart/form-data");
        }
    }

    /** The first present file among {@code names} (aliases), or null. */
    public byte[] file(Context ctx, String... names) {
        for (String name : names) {
            UploadedFile file = uploaded(ctx, name);
            if (file != null) {
                return read(file, name);
            }
        }
        return null;
    }

    /** Every file sent under {@code name}, in order. */
    public List<byte[]> files(Context ctx, String name, int maxCount) {
        List<UploadedFile> uploaded;
        try {
            uploaded = ctx.uploadedFiles(name);
        } catch (Exception e) {
            throw unreadable(e, name);
        }
        if (uploaded.size() > maxCount) {
            throw ValidationException.field(name, "at most " + maxCount + " files");
        }
        List<byte[]> result = new ArrayList<>();
        for (UploadedFile file : uploaded) {
            result.add(read(file, name));
        }
        return result;
    }

    public static String text(Context ctx, String name) {
        String value;
        try {
            value = ctx.formParam(name);
        } catch (Exception e) {
            throw unreadable(e, null);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** "true"/"1"/"yes"/"on" → true, absent → false, anything else → 400. */
    public static boolean flag(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ValidationException.malformed("Field '" + name + "' must be true or false",
                    List.of(new FieldError(name, "expected true or false")));
        };
    }

    private UploadedFile uploaded(Context ctx, String name) {
        try {
            return ctx.uploadedFile(name);
        } catch (Exception e) {
            throw unreadable(e, name);
        }
    }

    private byte[] read(UploadedFile file, String name) {
        if (file.size() > maxFileBytes) {
            throw tooLarge(name);
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ValidationException.malformed(name + " could not be read", List.of(new FieldError(name, "unreadable")));
        }
    }

    /**
     * Jetty parses the whole body at the first field read and fails it as a whole: a part above the limit
     * ("max file size exceeded", an IllegalStateException, sometimes wrapped in a ServletException that Kotlin
     * rethrows unchecked) is 413; a body that is not valid multipart (cut off, wrong boundary) is 400.
     */
    private static RuntimeException unreadable(Exception failure, String name) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("max")) {
                return new PayloadTooLargeException((name == null ? "An uploaded part" : name)
                        + " is larger than the upload limit");
            }
        }
        return ValidationException.malformed("The multipart/form-data body could not be read (cut off or malformed)",
                List.of());
    }

    private PayloadTooLargeException tooLarge(String name) {
        return new PayloadTooLargeException(name + " is larger than the " + maxFileBytes / (1024 * 1024) + " MB limit");
    }
}

package org.smavs.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.UnsupportedMediaException;
import org.smavs.server.error.ValidationException;

/**
 * Reads JSON request bodies strictly (unknown fields and wrong types are errors) and turns every parse
 * failure into a 400 that names the field, instead of a 500.
 */
public final class JsonBodies {
    public static final int DEFAULT_LIMIT = 64 * 1024;

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper strictMapper) {
        this.mapper = strictMapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        return read(ctx, type, DEFAULT_LIMIT);
    }

    /** Reads the body; an empty body on an endpoint whose fields are all optional reads as {@code {}}. */
    public <T> T read(Context ctx, Class<T> type, int limitBytes) {
        String contentType = ctx.contentType();
        byte[] body = ctx.bodyAsBytes();
        if (body.length > limitBytes) {
            throw new PayloadTooLargeException("The JSON body is larger than " + limitBytes / 1024 + " KiB");
        }
        if (body.length == 0) {
            body = "{}".getBytes();
        } else if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
            throw new UnsupportedMediaException("Send this request as application/json");
        }
        return parse(body, type);
    }

    public <T> T parse(byte[] body, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ValidationException.malformed("The request body must be a JSON object", List.of());
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ValidationException.malformed("Unknown field '" + e.getPropertyName() + "'",
                    List.of(new FieldError(path(e), "is not a known field")));
        } catch (InvalidFormatException e) {
            throw ValidationException.malformed("Field '" + path(e) + "' has the wrong type or format",
                    List.of(new FieldError(path(e), "expected " + simpleName(e.getTargetType()))));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw ValidationException.malformed(field.isEmpty() ? "The request body has the wrong shape"
                    : "Field '" + field + "' has the wrong type", List.of(new FieldError(field.isEmpty() ? "body" : field,
                    "expected " + simpleName(e.getTargetType()))));
        } catch (JsonProcessingException e) {
            throw ValidationException.malformed("The request body is not valid JSON", List.of());
        } catch (IOException e) {
            throw new ValidationException(400, ErrorCodes.MALFORMED_REQUEST, "The request body could not be read", List.of());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
                || type == long.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }
}

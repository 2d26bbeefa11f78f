package org.smavs.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.smavs.model.Json;
import org.smavs.model.error.ApiError;
import org.smavs.model.error.ErrorCodes;

/**
 * Jetty answers some requests before Javalin sees them (a malformed URI, oversized headers, a broken request
 * line). Without this those answers are HTML pages naming Jetty; with it every non-2xx body of the API is the
 * same {@link ApiError} JSON, so clients parse one shape and the server's software is not advertised.
 */
public final class JsonErrorPages extends ErrorHandler {
    private final ObjectMapper mapper = Json.lenientMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws JsonProcessingException {
        ApiError error = new ApiError(explain(code), codeFor(code), null, List.of());
        byte[] body = mapper.writeValueAsBytes(error);
        SecurityHeaders.FIXED.forEach(response.getHeaders()::put);
        response.getHeaders().put("Content-Security-Policy", SecurityHeaders.API_POLICY);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        // Jetty drops a connection whose request it could not read; saying so keeps clients from reusing it
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCodes.NOT_FOUND;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCodes.RATE_LIMITED;
            case 503 -> ErrorCodes.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.MALFORMED_REQUEST;
        };
    }

    /** Our own sentence, not Jetty's reason text (which can echo parts of the request). */
    static String explain(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check the address (percent-encoding) and the headers.";
            case 404 -> "There is nothing at this address.";
            case 413 -> "The request is too large.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            case 505 -> "This HTTP version is not supported.";
            default -> status >= 500 ? "The server could not handle the request." : "The request was refused.";
        };
    }
}

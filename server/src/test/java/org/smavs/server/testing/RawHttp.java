package org.smavs.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.smavs.model.Json;
import org.smavs.model.error.ApiError;

/** Raw HTTP for malformed input the typed client cannot send; answers are still checked ({@link ContractCheck}). */
public final class RawHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public RawHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            ContractCheck.check(baseUrl, built, body, response.statusCode(), response.headers(),
                    response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, "application/json", json.getBytes(), Map.of());
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send("GET", path, null, null, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    public static ApiError error(HttpResponse<String> response) {
        try {
            return Json.lenientMapper().readValue(response.body(), ApiError.class);
        } catch (IOException e) {
            throw new AssertionError("Not an error JSON body: " + response.body(), e);
        }
    }
}

package org.smavs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.model.auth.RefreshRequest;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.error.ApiError;

/**
 * Blocking HTTP client of API v1 on java.net.http. Thread-safe. Every call has a timeout. When a
 * refresh token is held, a 401 triggers one silent refresh and a retry.
 */
public final class ApiClient {
    /** The server's largest page (API v1 additions of 2026-12-03). */
    private static final int LARGEST_PAGE = 1000;

    private final URI baseUri;
    private final HttpClient http;
    private final ObjectMapper json = Json.lenientMapper();
    private final Duration timeout;
    private volatile String authorization;
    private volatile String refreshToken;
    private volatile Consumer<TokenPair> onTokensRefreshed = tokens -> { };
    private volatile ExchangeObserver exchangeObserver = (request, body, response) -> { };

    /** Sees every exchange as it happened (request with its body, response): for logging or contract checks. */
    @FunctionalInterface
    public interface ExchangeObserver {
        void exchanged(HttpRequest request, byte[] requestBody, HttpResponse<byte[]> response);
    }

    public ApiClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(15));
    }

    public ApiClient(String baseUrl, Duration timeout) {
        String trimmed = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        this.baseUri = URI.create(trimmed);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String baseUrl() {
        return baseUri.toString();
    }

    public ObjectMapper json() {
        return json;
    }

    /** Uses {@code tokens} for following calls (bearer access token, refresh token for silent renewal). */
    public void useTokens(TokenPair tokens) {
        this.authorization = tokens == null ? null : "Bearer " + tokens.accessToken();
        this.refreshToken = tokens == null ? null : tokens.refreshToken();
    }

    /** Sets a raw Authorization header value (kiosks use {@code Kiosk <token>}). */
    public void useAuthorization(String headerValue) {
        this.authorization = headerValue;
        this.refreshToken = null;
    }

    public String refreshToken() {
        return refreshToken;
    }

    /** {@code observer} runs on the calling thread after each response; what it throws reaches the caller. */
    public void observeExchanges(ExchangeObserver observer) {
        this.exchangeObserver = Objects.requireNonNull(observer);
    }

    public void onTokensRefreshed(Consumer<TokenPair> listener) {
        this.onTokensRefreshed = listener == null ? tokens -> { } : listener;
    }

    public AuthApi auth() {
        return new AuthApi(this);
    }

    public StudentApi student() {
        return new StudentApi(this);
    }

    public LecturerApi lecturer() {
        return new LecturerApi(this);
    }

    public AdminApi admin() {
        return new AdminApi(this);
    }

    public KioskApi kiosk() {
        return new KioskApi(this);
    }

    // --- plumbing used by the *Api classes -------------------------------------------------------

    <T> T get(String path, Class<T> type) {
        return read(send("GET", path, null, null, Map.of()), json.constructType(type));
    }

    <T> T get(String path, TypeReference<T> type) {
        return read(send("GET", path, null, null, Map.of()), json.constructType(type));
    }

    /**
     * Every page of a list that the server pages ({@code ?limit=}/{@code ?cursor=}, next cursor in
     * {@code X-Next-Cursor}), fetched in pages of the largest size and joined.
     */
    <T> List<T> getAllPages(String path, TypeReference<List<T>> type) {
        List<T> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String cursor = null;
        do {
            String page = path + separator + "limit=" + LARGEST_PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = send("GET", page, null, null, Map.of());
            List<T> rows = read(response, json.constructType(type));
            all.addAll(rows == null ? List.of() : rows);
            cursor = response.headers().firstValue("X-Next-Cursor").orElse(null);
        } while (cursor != null);
        return all;
    }

    byte[] getBytes(String path) {
        return send("GET", path, null, null, Map.of()).body();
    }

    <T> T postJson(String path, Object body, Class<T> type) {
        return postJson(path, body, type, Map.of());
    }

    <T> T postJson(String path, Object body, Class<T> type, Map<String, String> headers) {
        return read(send("POST", path, toJson(body), "application/json", headers), json.constructType(type));
    }

    <T> T postJson(String path, Object body, TypeReference<T> type) {
        return read(send("POST", path, toJson(body), "application/json", Map.of()), json.constructType(type));
    }

    <T> T patchJson(String path, Object body, Class<T> type) {
        return read(send("PATCH", path, toJson(body), "application/json", Map.of()), json.constructType(type));
    }

    void postNoContent(String path, Object body) {
        send("POST", path, toJson(body), "application/json", Map.of());
    }

    <T> T deleteJson(String path, Class<T> type) {
        return read(send("DELETE", path, null, null, Map.of()), json.constructType(type));
    }

    void delete(String path) {
        send("DELETE", path, null, null, Map.of());
    }

    <T> T postMultipart(String path, Multipart form, Class<T> type, Map<String, String> headers) {
        return read(send("POST", path, form.build(), form.contentType(), headers), json.constructType(type));
    }

    <T> T postRaw(String path, byte[] body, String contentType, Class<T> type) {
        return read(send("POST", path, body, contentType, Map.of()), json.constructType(type));
    }

    /** Null when there is no body: the request then goes out without one (not the JSON text "null"). */
    private byte[] toJson(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot encode request body", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, JavaType type) {
        if (type.getRawClass() == Void.class || response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException("The server sent an answer this app cannot read", e);
        }
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType,
                                      Map<String, String> headers) {
        HttpResponse<byte[]> response = sendOnce(method, path, body, contentType, headers);
        if (response.statusCode() == 401 && refreshToken != null && !path.equals(ApiPaths.AUTH_REFRESH)
                && !path.equals(ApiPaths.AUTH_LOGIN) && refreshSilently()) {
            response = sendOnce(method, path, body, contentType, headers);
        }
        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), parseError(response));
        }
        return response;
    }

    private synchronized boolean refreshSilently() {
        String token = refreshToken;
        if (token == null) {
            return false;
        }
        HttpResponse<byte[]> response = sendOnce("POST", ApiPaths.AUTH_REFRESH, toJson(new RefreshRequest(token)),
                "application/json", Map.of());
        if (response.statusCode() != 200) {
            refreshToken = null;
            return false;
        }
        TokenPair tokens = read(response, json.constructType(TokenPair.class));
        useTokens(tokens);
        onTokensRefreshed.accept(tokens);
        return true;
    }

    private HttpResponse<byte[]> sendOnce(String method, String path, byte[] body, String contentType,
                                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        String auth = authorization;
        if (auth != null) {
            request.header("Authorization", auth);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            exchangeObserver.exchanged(built, body, response);
            return response;
        } catch (IOException e) {
            throw new ApiException("Cannot reach the SMAVS server at " + baseUri + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("The request was interrupted", e);
        }
    }

    private ApiError parseError(HttpResponse<byte[]> response) {
        try {
            return json.readValue(response.body(), ApiError.class);
        } catch (IOException | RuntimeException e) {
            return new ApiError("The server answered HTTP " + response.statusCode(), null, null, null);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

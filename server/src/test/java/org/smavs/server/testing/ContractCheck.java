package org.smavs.server.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.smavs.client.ApiClient;
import org.smavs.model.ApiPaths;

/**
 * Every HTTP exchange of the server's tests goes through swagger-request-validator against the document the
 * server serves at /openapi.json: a response the document does not describe (status, content type, a field's
 * type, a null where none is allowed, a missing required property) fails the test that received it. Requests are
 * checked too when the server accepted them (2xx/3xx); a refused request may be outside the contract on purpose
 * (that is what the test probes). The counts are written to target/contract-check.txt when the JVM ends.
 */
public final class ContractCheck {
    private static final AtomicLong RESPONSES = new AtomicLong();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static volatile OpenApiInteractionValidator validator;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractCheck::writeCounts));
    }

    private ContractCheck() {
    }

    /** Makes {@code client} check each of its exchanges against the document of the server at {@code baseUrl}. */
    public static ApiClient attach(ApiClient client, String baseUrl) {
        client.observeExchanges((request, body, response) -> check(baseUrl, request, body, response.statusCode(),
                response.headers(), response.body(), true));
        return client;
    }

    /**
     * Checks one exchange; throws an AssertionError naming every mismatch. {@code checkRequest}: false for the raw
     * requests tests hand-craft on purpose (odd bodies, headers), whose answers are still checked.
     */
    public static void check(String baseUrl, HttpRequest request, byte[] requestBody, int status, HttpHeaders headers,
                             byte[] responseBody, boolean checkRequest) {
        URI uri = request.uri();
        String path = uri.getRawPath();
        if (!path.startsWith(ApiPaths.API) || path.endsWith("/live")) {
            return; // pages, assets and the WebSocket are described in words, not checked here
        }
        OpenApiInteractionValidator contract = validator(baseUrl);
        Request.Method method = Request.Method.valueOf(request.method());
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        headers.map().forEach(response::withHeader);
        String type = headers.firstValue("Content-Type").orElse("");
        if (responseBody != null && responseBody.length > 0) {
            if (type.startsWith("application/json") || type.startsWith("text/")) {
                response.withBody(new String(responseBody, StandardCharsets.UTF_8));
            } else {
                response.withBody(responseBody);
            }
        }
        ValidationReport report;
        if (status < 400 && checkRequest) {
            SimpleRequest.Builder sent = new SimpleRequest.Builder(method, path);
            request.headers().map().forEach(sent::withHeader);
            String requestType = request.headers().firstValue("Content-Type").orElse("");
            // A body on GET/DELETE is ignored by the server (the fuzz test sends some); it is not part of the call.
            boolean bodiless = method == Request.Method.GET || method == Request.Method.DELETE;
            if (requestBody != null && requestBody.length > 0 && !bodiless) {
                sent.withBody(requestType.startsWith("multipart/") ? new String(requestBody,
                        StandardCharsets.ISO_8859_1) : new String(requestBody, StandardCharsets.UTF_8));
            }
            queryOf(uri).forEach(sent::withQueryParam);
            report = contract.validate(sent.build(), response.build());
            REQUESTS.incrementAndGet();
        } else {
            report = contract.validateResponse(path, method, response.build());
        }
        RESPONSES.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + request.method() + " " + path + " → " + status
                    + " does not match /openapi.json:\n" + report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> "  - " + message.getKey() + ": " + message.getMessage())
                    .collect(Collectors.joining("\n")) + "\nResponse body: "
                    + (responseBody == null ? "" : new String(responseBody, StandardCharsets.UTF_8)));
        }
    }

    private static Map<String, List<String>> queryOf(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        Collectors.mapping(pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8)
                                : "", Collectors.toList())));
    }

    private static OpenApiInteractionValidator validator(String baseUrl) {
        OpenApiInteractionValidator current = validator;
        if (current != null) {
            return current;
        }
        synchronized (ContractCheck.class) {
            if (validator == null) {
                try {
                    String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl + ApiPaths.OPENAPI)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    // A path the API does not have is probed on purpose (404): nothing to check it against. Query
                    // parameters a route does not know are ignored by the server (the fuzz test sends some).
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.parameter.query.unexpected",
                                            ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return validator;
        }
    }

    private static void writeCounts() {
        if (RESPONSES.get() == 0) {
            return;
        }
        String line = "Contract check: " + RESPONSES.get() + " responses and " + REQUESTS.get()
                + " accepted requests validated against /openapi.json";
        System.out.println(line);
        try {
            Path file = Path.of("target", "contract-check.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the count is a report, not a result
        }
    }
}

package org.smavs.server.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays a person's browser during a desktop single sign-on: follows redirects one by one (the public server
 * address mapped to the test server, as a reverse proxy would) until the app's loopback address, which it
 * calls like a browser would. The loopback listener is real: an HTTP server on 127.0.0.1, one-shot, as a
 * native app runs it (RFC 8252).
 */
public final class LoopbackBrowser implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String publicUrl;
    private final String serverUrl;
    private final HttpServer listener;
    private final CompletableFuture<Map<String, String>> received = new CompletableFuture<>();

    public LoopbackBrowser(String publicUrl, String serverUrl) {
        this.publicUrl = publicUrl;
        this.serverUrl = serverUrl;
        try {
            listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.createContext("/callback", exchange -> {
            received.complete(query(exchange.getRequestURI().getRawQuery()));
            byte[] page = "Signed in; you can close this window.".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        listener.start();
    }

    public String redirectUri() {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + "/callback";
    }

    /**
     * Opens {@code url} (relative to the server) and follows redirects; answers the last response that was not a
     * redirect (the loopback page when the sign-in reached the app, or an error page on the way).
     */
    public HttpResponse<String> open(String url) throws IOException, InterruptedException {
        URI next = URI.create(url.startsWith("http") ? url : serverUrl + url);
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302 && response.statusCode() != 303) {
                return response;
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            URI resolved = next.resolve(location);
            next = resolved.toString().startsWith(publicUrl)
                    ? URI.create(serverUrl + resolved.toString().substring(publicUrl.length())) : resolved;
        }
        throw new IllegalStateException("Too many redirects");
    }

    /** What the app's loopback listener received (code and state, or error and error_description). */
    public Map<String, String> received() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    public boolean receivedAnything() {
        return received.isDone();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        listener.stop(0);
    }
}

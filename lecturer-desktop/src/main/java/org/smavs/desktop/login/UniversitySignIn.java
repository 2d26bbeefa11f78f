package org.smavs.desktop.login;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.smavs.client.ApiClient;
import org.smavs.model.ApiPaths;
import org.smavs.model.auth.TokenPair;

/**
 * Single sign-on for a native app (RFC 8252): a one-shot listener on 127.0.0.1 (a free port), the system browser
 * opened at the server's authorize address with a PKCE S256 challenge and a random state, then the one-time code
 * the browser brings back exchanged with the verifier. The provider's client secret stays on the server; the app
 * holds nothing worth stealing. The browser tab is told in words that it can be closed.
 */
public final class UniversitySignIn {
    /** How long the app waits for the person to finish signing in at the university. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Consumer<URI> browser;
    private final Duration patience;
    private final SecureRandom random = new SecureRandom();
    private volatile CompletableFuture<Map<String, String>> waiting;

    /** {@code browser}: opens an address in the person's browser (the system browser; a test plays it). */
    public UniversitySignIn(Consumer<URI> browser, Duration patience) {
        this.browser = browser;
        this.patience = patience;
    }

    /** Blocking: returns once the browser came back, or throws with a sentence saying why not. */
    public TokenPair signIn(ApiClient client) {
        String verifier = randomText(32);
        String state = randomText(16);
        CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();
        waiting = answer;
        HttpServer listener = listen(answer);
        try {
            String redirect = "http://127.0.0.1:" + listener.getAddress().getPort() + "/signed-in";
            browser.accept(URI.create(client.baseUrl() + ApiPaths.AUTH_OIDC_AUTHORIZE + "?redirect_uri="
                    + encode(redirect) + "&code_challenge=" + challenge(verifier)
                    + "&code_challenge_method=S256&state=" + state));
            Map<String, String> query = answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!state.equals(query.get("state"))) {
                throw new SignInFailed("The browser came back from a different sign-in; try again.");
            }
            if (query.containsKey("error")) {
                throw new SignInFailed(query.getOrDefault("error_description", "The university did not sign you in."));
            }
            return client.auth().exchangeSingleSignOnCode(query.get("code"), verifier, redirect);
        } catch (TimeoutException e) {
            throw new SignInFailed("Signing in at the university took more than " + patience.toMinutes()
                    + " minutes; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("Signing in was cancelled.");
        } catch (java.util.concurrent.CancellationException e) {
            throw new SignInFailed("Signing in at the university was cancelled.");
        } catch (ExecutionException e) {
            throw new SignInFailed("The browser's answer could not be read; try again.");
        } finally {
            listener.stop(0);
        }
    }

    /** Stops waiting for the browser (the person changed their mind); the blocked {@link #signIn} ends at once. */
    public void cancel() {
        CompletableFuture<Map<String, String>> current = waiting;
        if (current != null) {
            current.cancel(false);
        }
    }

    /** A failure already worded for the person signing in. */
    public static final class SignInFailed extends RuntimeException {
        public SignInFailed(String message) {
            super(message);
        }
    }

    private static HttpServer listen(CompletableFuture<Map<String, String>> answer) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on this computer for the browser's answer", e);
        }
        server.createContext("/signed-in", exchange -> {
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            boolean ok = query.containsKey("code");
            byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SMAVS</title></head>"
                    + "<body><h1>" + (ok ? "You are signed in to SMAVS" : "Sign-in did not complete") + "</h1><p>"
                    + (ok ? "You can close this tab and return to the SMAVS app."
                    : "Return to the SMAVS app to see why and try again.") + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
            answer.complete(query); // the first answer counts; later requests change nothing
        });
        server.start();
        return server;
    }

    private String randomText(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String raw) {
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Requests Jetty refuses before Javalin runs still get the API's error JSON, not an HTML page naming Jetty.
 * Raw sockets, because a well-behaved HTTP client refuses to send these requests at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JettyErrorPagesIT {
    private final ObjectMapper mapper = new ObjectMapper();
    private TestServer server;
    private int port;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        port = URI.create(server.baseUrl()).getPort();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aMalformedPercentEncodingIsA400InTheErrorShape() throws IOException {
        String response = send("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertJsonError(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void oversizedHeadersAreA431InTheErrorShape() throws IOException {
        String response = send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertJsonError(response, 431, "MALFORMED_REQUEST");
    }

    @Test
    void aBrokenRequestLineIsA400InTheErrorShape() throws IOException {
        String response = send("GET /health HTTP/9.7\r\nHost: localhost\r\n\r\n");
        assertThat(response).doesNotContainIgnoringCase("jetty").doesNotContain("<html");
    }

    private void assertJsonError(String response, int status, String code) throws IOException {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response).containsIgnoringCase("content-type: application/json")
                .doesNotContain("<html").doesNotContainIgnoringCase("jetty")
                .containsIgnoringCase("x-content-type-options: nosniff").containsIgnoringCase("cache-control: no-store")
                .containsIgnoringCase("content-security-policy: default-src 'none'");
        JsonNode body = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("detail").asText()).isNotBlank();
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    all.write(buffer, 0, n);
                }
            } catch (IOException closedByServer) {
                // Jetty may reset the connection after answering a broken request; what arrived is enough.
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}

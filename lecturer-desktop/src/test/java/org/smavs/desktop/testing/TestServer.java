package org.smavs.desktop.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smavs.server.ServerApp;
import org.smavs.server.config.ServerConfig;

/** A real SMAVS server on a free port with H2 and demo data, for UI tests. */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN = "admin@smavs.com";
    public static final String ADMIN_PASSWORD = "admin123";
    public static final String LECTURER = "lecturer@smavs.com";
    public static final String LECTURER_PASSWORD = "lecturer123";
    public static final String STUDENT = "student@smavs.com";
    public static final String STUDENT_PASSWORD = "student123";

    private final ServerApp app;

    private TestServer(ServerApp app) {
        this.app = app;
    }

    public static TestServer start() {
        try {
            Path dir = Files.createTempDirectory("smavs-desktop-ui");
            return new TestServer(ServerApp.create(ServerConfig.forTests(dir)).start(0));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the server's data directory", e);
        }
    }

    /** Whether the server under test already offers {@code method path} (the server is built alongside). */
    public boolean supports(String method, String path) {
        return app.routes().stream().anyMatch(route -> route.method().name().equalsIgnoreCase(method)
                && route.path().equals(path));
    }

    public String baseUrl() {
        return app.baseUrl();
    }

    @Override
    public void close() {
        app.stop();
    }
}

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

    public String baseUrl() {
        return app.baseUrl();
    }

    @Override
    public void close() {
        app.stop();
    }
}

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

    /**
     * A server whose public address is its own (a free port chosen first), signing people in through
     * {@code oidc}: the provider sends browsers back to this server's callback.
     */
    public static TestServer startWithSingleSignOn(org.smavs.server.config.OidcSettings oidc) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = probe.getLocalPort();
            probe.close();
            Path dir = Files.createTempDirectory("smavs-desktop-ui");
            ServerConfig base = ServerConfig.forTests(dir);
            org.smavs.server.config.MailSettings mail = base.mail();
            ServerConfig config = base.withOidc(oidc).withMail(new org.smavs.server.config.MailSettings(mail.host(),
                    mail.port(), mail.username(), mail.password(), mail.from(), mail.tls(), "http://localhost:" + port,
                    mail.institution()));
            return new TestServer(ServerApp.create(config).start(port));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the server", e);
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

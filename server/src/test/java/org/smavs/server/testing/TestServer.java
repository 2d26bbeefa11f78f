package org.smavs.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.smavs.client.ApiClient;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.User;
import org.smavs.server.ServerApp;
import org.smavs.server.config.ServerConfig;

/**
 * The whole server on port 0 over a database of its own (H2 or PostgreSQL), with demo data, for HTTP
 * tests through the typed client. Close it to stop the server, drop the database and delete files.
 */
public final class TestServer implements AutoCloseable {
    private final TestDatabase database;
    private final Path dataDir;
    private final Clock clock;
    private ServerApp app;
    private ApiClient registrar;

    private TestServer(TestDatabase database, Path dataDir, Clock clock, ServerApp app) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        this.app = app;
    }

    public static TestServer start(TestDatabase.Kind kind) {
        return start(kind, UnaryOperator.identity(), Clock.systemUTC());
    }

    public static TestServer start(TestDatabase.Kind kind, UnaryOperator<ServerConfig> customise, Clock clock) {
        return start(kind, customise, clock, UnaryOperator.identity());
    }

    /** With the server's database connections seen through {@code observeDatabase} (e.g. to count statements). */
    public static TestServer start(TestDatabase.Kind kind, UnaryOperator<ServerConfig> customise, Clock clock,
                                   UnaryOperator<javax.sql.DataSource> observeDatabase) {
        TestDatabase database = TestDatabase.create(kind);
        try {
            Path dataDir = Files.createTempDirectory("smavs-test-");
            ServerConfig config = customise.apply(ServerConfig.forTests(dataDir).withDatabase(database.settings()));
            ServerApp app = ServerApp.create(config, clock, observeDatabase).start(0);
            return new TestServer(database, dataDir, clock, app);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Stops the server and starts a new one on the same database and files with a changed configuration
     * (e.g. a rotated key); clients must sign in again, as the port changes.
     */
    public TestServer restart(UnaryOperator<ServerConfig> change) {
        ServerConfig changed = change.apply(app.config());
        app.stop();
        app = ServerApp.create(changed, clock).start(0);
        return this;
    }

    /**
     * A second server instance on the same database and files, as behind a load balancer; the caller stops it
     * before closing this one.
     */
    public ServerApp startAnotherInstance() {
        return ServerApp.create(app.config(), clock).start(0);
    }

    public ServerApp app() {
        return app;
    }

    public String baseUrl() {
        return app.baseUrl();
    }

    /** The test's own database, for seeding rows faster than the API would. */
    public TestDatabase database() {
        return database;
    }

    public TestDatabase.Kind kind() {
        return database.kind();
    }

    /** A client whose every exchange is checked against the served OpenAPI document ({@link ContractCheck}). */
    public ApiClient anonymous() {
        return ContractCheck.attach(new ApiClient(baseUrl()), baseUrl());
    }

    public ApiClient signIn(String email, String password) {
        ApiClient client = anonymous();
        client.auth().login(email, password);
        return client;
    }

    public ApiClient admin() {
        return signIn("admin@smavs.com", "admin123");
    }

    public ApiClient lecturer() {
        return signIn("lecturer@smavs.com", "lecturer123");
    }

    public ApiClient student() {
        return signIn("student@smavs.com", "student123");
    }

    /**
     * A client that creates accounts the way an administrator does, not limited by the per-address budget on
     * self-registration (every test request comes from 127.0.0.1).
     */
    public synchronized ApiClient registrar() {
        if (registrar == null) {
            registrar = admin();
        }
        return registrar;
    }

    /** Registers a fresh student and returns a client signed in as them. */
    public ApiClient newStudent(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + System.nanoTime() + "@uni.test";
        User user = registrar().auth().register(new RegisterRequest(email, "password-" + name, name));
        return signIn(user.email(), "password-" + name);
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            database.close();
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans up what is left
        }
    }
}

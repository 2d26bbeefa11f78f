package org.smavs.kiosk.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.smavs.client.ApiClient;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.enrol.CredentialStore;
import org.smavs.kiosk.enrol.Enrolment;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.ServerApp;
import org.smavs.server.config.ServerConfig;

/**
 * The real SMAVS server on an H2 database in a temp directory, with its demo data, plus the admin and
 * lecturer clients a test needs to set up a room, a kiosk and a session. Can be stopped and started
 * again on the same port with the same data (the kiosk's "server is down" case).
 */
public final class RealServer implements AutoCloseable {
    private final ServerConfig config;
    private ServerApp app;
    private int port;

    public RealServer(Path dataDir) {
        this(dataDir, java.util.function.UnaryOperator.identity());
    }

    /** With a changed configuration (e.g. higher limits for a load test). */
    public RealServer(Path dataDir, java.util.function.UnaryOperator<ServerConfig> customise) {
        this.config = customise.apply(ServerConfig.forTests(dataDir));
        this.app = ServerApp.create(config).start(0);
        this.port = app.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** Same configuration (secret, database file) and same port as before. */
    public void restart() {
        stop();
        app = ServerApp.create(config).start(port);
    }

    @Override
    public void close() {
        stop();
    }

    public ApiClient login(String email, String password) {
        return login(email, password, Duration.ofSeconds(15));
    }

    /** With a longer request timeout, for a bulk call (an import hashes every PIN) on a busy build machine. */
    public ApiClient login(String email, String password, Duration timeout) {
        ApiClient client = new ApiClient(baseUrl(), timeout);
        client.useTokens(client.auth().login(email, password));
        return client;
    }

    public ApiClient admin() {
        return login("admin@smavs.com", "admin123");
    }

    public ApiClient lecturer() {
        return login("lecturer@smavs.com", "lecturer123");
    }

    public Room demoRoom() {
        return admin().admin().rooms().get(0);
    }

    public Course demoCourse() {
        return lecturer().lecturer().courses().get(0);
    }

    /** A student with a PIN, enrolled in the demo course. */
    public User addStudent(String email, String name, String number, String pin) {
        ApiClient admin = admin();
        User user = admin.admin().createUser(new CreateUserRequest(email, "Student-pass-123", name, Role.STUDENT, number,
                pin));
        admin.admin().enrol(demoCourse().id(), List.of(user.id()));
        return user;
    }

    /** Creates a kiosk for the demo room, redeems its code and stores the credential in {@code kioskDataDir}. */
    public KioskCredential enrolKiosk(Path kioskDataDir) throws Exception {
        String code = admin().admin().createKiosk(new CreateKioskRequest("Kiosk under test", demoRoom().id()))
                .enrollmentCode();
        KioskCredential credential = new ApiKioskBackend(Duration.ofSeconds(5)).enroll(baseUrl(), code, "Kiosk under test");
        new CredentialStore(kioskDataDir).save(new Enrolment(baseUrl(), credential));
        return credential;
    }

    /** A session of the demo course in the demo room, running from now for an hour. */
    public Session startSessionInDemoRoom() {
        return lecturer().lecturer().createSession(new CreateSessionRequest("Lecture 7", demoCourse().id(), 60, null,
                null, null, null, false, demoRoom().id(), null));
    }
}

package org.smavs.server.demo;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.auth.Role;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.persistence.Database;

/**
 * Seeds an empty development database with the seed backend's three accounts, a demo course and a demo
 * room, so the apps can be tried at once. Never runs in production (the config refuses it).
 */
public final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    public record DemoAccount(String email, String password, String fullName, Role role, String studentNumber, String pin) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@smavs.com", "admin123", "Ada Admin", Role.ADMIN, null, null),
            new DemoAccount("lecturer@smavs.com", "lecturer123", "Lena Lecturer", Role.LECTURER, null, null),
            new DemoAccount("student@smavs.com", "student123", "Sam Student", Role.STUDENT, "S1001", "1234"));

    /** Demo passwords production must refuse (they are public in the seed's README). */
    public static final List<String> KNOWN_PASSWORDS = ACCOUNTS.stream().map(DemoAccount::password).toList();

    public static final String DEMO_COURSE_CODE = "CS101";
    public static final String DEMO_ROOM = "Lecture Hall A";
    public static final double DEMO_LATITUDE = 51.7548;
    public static final double DEMO_LONGITUDE = -1.2544;

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    private final boolean history;

    public DemoData(Database database, PasswordHasher hasher, Clock clock) {
        this(database, hasher, clock, false);
    }

    /** {@code history}: also a month of past teaching ({@link DemoHistory}), for people trying the system. */
    public DemoData(Database database, PasswordHasher hasher, Clock clock, boolean history) {
        this.history = history;
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Seeds only a database without users, so restarts and real data are never touched. */
    public void seedIfEmpty() {
        database.run(session -> {
            long users = session.createNativeQuery("SELECT COUNT(*) FROM users", Long.class).getSingleResult();
            if (users > 0) {
                return;
            }
            var now = clock.instant();
            for (DemoAccount account : ACCOUNTS) {
                session.createNativeMutationQuery("INSERT INTO users (email, password_hash, full_name, role, is_active, "
                                + "student_number, pin_hash, failed_logins, created_at) VALUES (:email, :hash, :name, :role, TRUE, "
                                + ":number, :pin, 0, :now)")
                        .setParameter("email", account.email()).setParameter("hash", hasher.hash(account.password()))
                        .setParameter("name", account.fullName()).setParameter("role", account.role().name())
                        .setParameter("number", account.studentNumber())
                        .setParameter("pin", account.pin() == null ? null : hasher.hash(account.pin()))
                        .setParameter("now", now).executeUpdate();
            }
            session.createNativeMutationQuery("INSERT INTO courses (code, name, lecturer_id, created_at) SELECT :code, "
                            + "'Introduction to Computer Science', id, :now FROM users WHERE email = 'lecturer@smavs.com'")
                    .setParameter("code", DEMO_COURSE_CODE).setParameter("now", now).executeUpdate();
            session.createNativeMutationQuery("INSERT INTO course_enrolments (course_id, student_id) SELECT c.id, u.id "
                            + "FROM courses c, users u WHERE c.code = :code AND u.email = 'student@smavs.com'")
                    .setParameter("code", DEMO_COURSE_CODE).executeUpdate();
            session.createNativeMutationQuery("INSERT INTO rooms (name, building, latitude, longitude, radius_m) "
                            + "VALUES (:name, 'Main Building', :lat, :lon, 60)")
                    .setParameter("name", DEMO_ROOM).setParameter("lat", DEMO_LATITUDE)
                    .setParameter("lon", DEMO_LONGITUDE).executeUpdate();
            if (history) {
                new DemoHistory().seed(session, now);
            }
            LOG.info("Seeded demo data: {} accounts, course {}, room '{}'{}", ACCOUNTS.size(), DEMO_COURSE_CODE, DEMO_ROOM,
                    history ? ", and a month of past sessions" : "");
        });
    }
}

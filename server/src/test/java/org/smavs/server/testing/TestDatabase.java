package org.smavs.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.smavs.server.config.DatabaseSettings;

/**
 * A database of its own for one test class: in-memory H2, or a freshly created PostgreSQL database on
 * 127.0.0.1:5432 (trust auth) that is dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {
    public enum Kind { H2, POSTGRES }

    public static final String PG_HOST = System.getProperty("smavs.test.pg.host", "127.0.0.1");
    public static final String PG_PORT = System.getProperty("smavs.test.pg.port", "5432");
    public static final String PG_USER = System.getProperty("smavs.test.pg.user", "postgres");

    private final Kind kind;
    private final String name;
    private final DatabaseSettings settings;

    private TestDatabase(Kind kind, String name, DatabaseSettings settings) {
        this.kind = kind;
        this.name = name;
        this.settings = settings;
    }

    public static TestDatabase create(Kind kind) {
        String name = "smavs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            return new TestDatabase(kind, name, DatabaseSettings.inMemoryH2(name));
        }
        execute("CREATE DATABASE " + name);
        return new TestDatabase(kind, name, new DatabaseSettings(
                "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name, PG_USER, null));
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Kind kind() {
        return kind;
    }

    /** Runs one statement directly on this database (test set-up that bypasses the API on purpose). */
    public void run(String sql) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRES) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    private static void execute(String sql) {
        String url = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, PG_USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_HOST + ":" + PG_PORT + " is needed for this test ("
                    + e.getMessage() + "). Start it, e.g. pg_ctlcluster 15 main start", e);
        }
    }
}

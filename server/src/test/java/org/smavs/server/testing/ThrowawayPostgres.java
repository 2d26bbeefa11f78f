package org.smavs.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.smavs.server.config.DatabaseSettings;

/**
 * A PostgreSQL cluster of the test's own ({@code initdb} into a temporary directory, {@code pg_ctl} on a free
 * port), so a test may stop and start the database under a running server without touching the machine's
 * service. PostgreSQL refuses to run as root: as root, the cluster belongs to the {@code postgres} user.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private ThrowawayPostgres(Path binaries, Path dataDir, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates and starts a cluster with one database, {@code smavs}. */
    public static ThrowawayPostgres start() {
        try {
            Path binaries = newestBinaries();
            Path dataDir = Files.createTempDirectory("smavs-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal postgres = dataDir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dataDir, postgres);
            }
            ThrowawayPostgres cluster = new ThrowawayPostgres(binaries, dataDir, freePort(), root);
            cluster.run(binaries.resolve("initdb").toString(), "-D", dataDir.toString(), "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8");
            cluster.startServer();
            try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres", null)) {
                connection.createStatement().execute("CREATE DATABASE smavs");
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The throwaway PostgreSQL did not accept a connection", e);
        }
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl("smavs"), "postgres", null);
    }

    /** Starts (again) and waits until it accepts connections. */
    public void startServer() {
        run(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "30", "-l",
                dataDir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** Stops at once: open connections are cut, transactions in flight are lost, as in a crash or a failover. */
    public void stopServer() {
        run(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "30", "-m", "immediate",
                "stop");
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void run(String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(dataDir.getParent().resolve(dataDir.getFileName() + ".out").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Failed: " + String.join(" ", full) + " (see "
                        + dataDir.getParent().resolve(dataDir.getFileName() + ".out") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path newestBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(dir -> Files.isExecutable(dir.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString().replaceAll("\\D", ""))))
                    .map(dir -> dir.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under /usr/lib/postgresql"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (RuntimeException alreadyStopped) {
            // stopped by the test, or never started: nothing to stop
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataDir.getParent().resolve(dataDir.getFileName() + ".out").toFile().delete();
    }
}

package org.smavs.server.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.config.DatabaseSettings;

/**
 * Receives the live events other server instances publish ({@code LISTEN smavs_live}) and delivers them to
 * this instance's WebSockets. Runs on one daemon thread with a connection of its own, outside the pool; when
 * the connection drops it reconnects with a growing pause (events published meanwhile are missed, and a
 * lecturer's roster catches up when it next reloads). The driver reports a silently dead socket as "no
 * notifications", so the connection is also probed every few seconds and replaced when the probe fails.
 */
public final class PostgresLiveListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final Duration PROBE_EVERY = Duration.ofSeconds(15);
    private static final int PROBE_TIMEOUT_SECONDS = 5;

    private final DatabaseSettings settings;
    private final ObjectMapper json;
    private final String instance;
    private final LiveEvents hub;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    private PostgresLiveListener(DatabaseSettings settings, ObjectMapper json, String instance, LiveEvents hub) {
        this.settings = settings;
        this.json = json;
        this.instance = instance;
        this.hub = hub;
        this.thread = new Thread(this::run, "smavs-live-listener");
        this.thread.setDaemon(true);
    }

    /** Starts listening; {@code instance} is this instance's id, whose own messages are skipped. */
    public static PostgresLiveListener start(DatabaseSettings settings, ObjectMapper json, String instance,
                                             LiveEvents hub) {
        PostgresLiveListener listener = new PostgresLiveListener(settings, json, instance, hub);
        listener.thread.start();
        return listener;
    }

    /** True while the LISTEN connection is up (for /health and tests). */
    public boolean isListening() {
        return listening;
    }

    private void run() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), connectionProperties())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + PostgresLiveNotifier.CHANNEL);
                }
                listening = true;
                pause = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long nextProbe = System.nanoTime() + PROBE_EVERY.toNanos();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - nextProbe > 0) {
                        probe(connection);
                        nextProbe = System.nanoTime() + PROBE_EVERY.toNanos();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    LOG.warn("Live events from other instances interrupted ({}); reconnecting in {} s",
                            e.getMessage(), pause.toSeconds());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "smavs-live-listener");
        return properties;
    }

    /** A round trip on the listening connection; throws when it is dead, so the loop reconnects. */
    private static void probe(Connection connection) throws SQLException {
        if (!connection.isValid(PROBE_TIMEOUT_SECONDS)) {
            throw new SQLException("the listening connection stopped answering");
        }
    }

    private void deliver(String payload) {
        try {
            LiveMessage message = json.readValue(payload, LiveMessage.class);
            if (!instance.equals(message.instance())) {
                hub.deliver(message.sessionId(), message.event());
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Ignoring an unreadable live event from another instance: {}", e.toString());
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

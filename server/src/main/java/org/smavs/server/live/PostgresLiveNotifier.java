package org.smavs.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.server.persistence.Database;

/**
 * Sends live events to the other server instances with PostgreSQL {@code NOTIFY}. Events are published after
 * the change they describe has committed, so each notification goes out in a short transaction of its own.
 */
public final class PostgresLiveNotifier implements LiveEvents.Forwarder {
    /** The channel every instance listens on. */
    public static final String CHANNEL = "smavs_live";
    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    private static final int MAX_PAYLOAD_BYTES = 7900;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveNotifier.class);

    private final Database database;
    private final ObjectMapper json;
    private final String instance;

    public PostgresLiveNotifier(Database database, ObjectMapper json, String instance) {
        this.database = database;
        this.json = json;
        this.instance = instance;
    }

    @Override
    public void forward(long sessionId, LiveEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(new LiveMessage(instance, sessionId, event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a live event", e);
        }
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            LOG.warn("Live event for session {} is too large to forward ({} characters); other instances skip it",
                    sessionId, payload.length());
            return;
        }
        database.run(session -> session.doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            }
        }));
    }
}

package org.smavs.server.wiring;

import java.util.UUID;
import org.smavs.model.Json;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.live.PostgresLiveListener;
import org.smavs.server.live.PostgresLiveNotifier;

/**
 * Live roster events: in-process on H2; on PostgreSQL also NOTIFY/LISTEN, so a lecturer connected to one
 * server instance hears check-ins that reach another. /health says how far events reach right now.
 */
final class LiveFeature {
    private LiveFeature() {
    }

    static LiveEvents wire(Platform p) {
        if (!p.database.settings().isPostgres()) {
            p.components.put("live_events", () -> "this instance (embedded database)");
            return new LiveEvents();
        }
        String instance = UUID.randomUUID().toString();
        LiveEvents hub = new LiveEvents(new PostgresLiveNotifier(p.database, Json.strictMapper(), instance));
        PostgresLiveListener listener = p.closeOnStop(
                PostgresLiveListener.start(p.database.settings(), Json.lenientMapper(), instance, hub));
        p.components.put("live_events", () -> listener.isListening() ? "all instances" : "this instance only (reconnecting)");
        return hub;
    }
}

package org.smavs.server.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.attendance.LiveEvent;

/**
 * In-process fan-out of live roster events to the subscribers of one session. Services publish after their
 * transaction commits, so a subscriber never sees an event for a change that was rolled back.
 *
 * <p>This hub reaches only the WebSockets connected to this instance. With several server instances,
 * {@link #publish} would also {@code NOTIFY smavs_live, '<session id>:<json>'} in PostgreSQL and each
 * instance would {@code LISTEN} and deliver to its local subscribers (see DESIGN.md, "Running on more than
 * one machine").
 */
public final class LiveEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);

    private final Map<Long, Set<Consumer<LiveEvent>>> subscribers = new ConcurrentHashMap<>();

    /** Returns a handle that removes the subscription. */
    public Runnable subscribe(long sessionId, Consumer<LiveEvent> subscriber) {
        subscribers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(long sessionId, LiveEvent event) {
        Set<Consumer<LiveEvent>> targets = subscribers.get(sessionId);
        if (targets == null) {
            return;
        }
        for (Consumer<LiveEvent> target : targets) {
            try {
                target.accept(event);
            } catch (RuntimeException e) {
                // One broken socket must not stop the others or fail the request that published.
                LOG.debug("Live event to a subscriber of session {} failed: {}", sessionId, e.toString());
            }
        }
    }

    public int subscriberCount(long sessionId) {
        Set<Consumer<LiveEvent>> targets = subscribers.get(sessionId);
        return targets == null ? 0 : targets.size();
    }
}

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
 * <p>{@link #publish} delivers to the WebSockets connected to this instance at once and hands the event to
 * a {@link Forwarder} for the other instances: on PostgreSQL that is {@link PostgresLiveNotifier}
 * ({@code NOTIFY}), and each instance's {@link PostgresLiveListener} feeds what others publish into
 * {@link #deliver}. Local delivery never waits for, or depends on, the database.
 */
public final class LiveEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);

    /** Passes an event published here on to the other server instances. */
    @FunctionalInterface
    public interface Forwarder {
        Forwarder NONE = (sessionId, event) -> { };

        void forward(long sessionId, LiveEvent event);
    }

    private final Map<Long, Set<Consumer<LiveEvent>>> subscribers = new ConcurrentHashMap<>();
    private final Forwarder forwarder;

    /** A hub for a single instance (H2, tests). */
    public LiveEvents() {
        this(Forwarder.NONE);
    }

    public LiveEvents(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    /** Returns a handle that removes the subscription. */
    public Runnable subscribe(long sessionId, Consumer<LiveEvent> subscriber) {
        subscribers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Delivers to this instance's subscribers and forwards to the other instances. */
    public void publish(long sessionId, LiveEvent event) {
        deliver(sessionId, event);
        try {
            forwarder.forward(sessionId, event);
        } catch (RuntimeException e) {
            // other instances miss this event (their rosters catch up on their next refresh); the request succeeded
            LOG.warn("Live event for session {} not forwarded to other instances: {}", sessionId, e.toString());
        }
    }

    /** Delivers to the subscribers connected to this instance only. */
    public void deliver(long sessionId, LiveEvent event) {
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

package org.smavs.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import org.smavs.model.ApiPaths;
import org.smavs.server.error.ServiceUnavailableException;

/**
 * Graceful stop: once draining, new requests get 503 with {@code Retry-After} and {@code Connection: close} (a
 * load balancer moves them elsewhere; {@code /health} says "draining"), while requests already in flight run
 * to the end, so a student whose check-in was accepted gets the answer and no check-in is cut off mid-way.
 */
public final class Drain {
    private static final String COUNTED = "smavs.inFlight";
    private static final long ANSWER_FLUSH_GRACE_MS = 500;

    private final Object lock = new Object();
    private boolean draining;
    private int inFlight;

    /** First before-handler: counts the request in, or refuses it while draining. */
    void enter(Context ctx) {
        synchronized (lock) {
            if (draining && !ctx.path().equals(ApiPaths.HEALTH)) {
                ctx.header("Connection", "close");
                throw new ServiceUnavailableException("The server is restarting; please try again in a few seconds");
            }
            inFlight++;
            ctx.attribute(COUNTED, Boolean.TRUE);
        }
    }

    /** Last after-handler: counts the request out. */
    void leave(Context ctx) {
        if (ctx.attribute(COUNTED) == null) {
            return;
        }
        ctx.attribute(COUNTED, null);
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    /** Requests counted in and not yet answered (a gauge in /metrics). */
    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    public boolean isDraining() {
        synchronized (lock) {
            return draining;
        }
    }

    /**
     * Refuses new requests from now on and waits until those in flight have answered, at most {@code limit};
     * returns how many were still running when the wait ended (0 when all finished).
     */
    public int drain(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int unfinished;
        synchronized (lock) {
            draining = true;
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            unfinished = inFlight;
        }
        if (unfinished == 0) {
            // a request counts out in the last after-handler, just before its answer is written to the socket:
            // give the last answers a moment to leave before the connections close
            try {
                Thread.sleep(ANSWER_FLUSH_GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return unfinished;
    }
}

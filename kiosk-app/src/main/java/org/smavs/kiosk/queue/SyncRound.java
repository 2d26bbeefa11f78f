package org.smavs.kiosk.queue;

import java.util.List;

/** What one sync run did: how many items left the queue, and which of those the server refused. */
public record SyncRound(int acknowledged, List<RefusedCheckIn> refused) {
    public SyncRound {
        refused = List.copyOf(refused);
    }
}

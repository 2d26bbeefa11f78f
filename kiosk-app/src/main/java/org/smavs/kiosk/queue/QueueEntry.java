package org.smavs.kiosk.queue;

import java.util.List;
import org.smavs.model.kiosk.OfflineCheckIn;

/** One line of the queue log: an added check-in, or the keys the server acknowledged. */
record QueueEntry(String type, OfflineCheckIn item, List<String> acknowledged) {
    static final String ADD = "add";
    static final String ACK = "ack";

    static QueueEntry add(OfflineCheckIn item) {
        return new QueueEntry(ADD, item, List.of());
    }

    static QueueEntry ack(List<String> keys) {
        return new QueueEntry(ACK, null, List.copyOf(keys));
    }
}

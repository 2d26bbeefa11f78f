package org.smavs.server.attendance;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;

/** Collects the text messages a test WebSocket receives, one per queue element. */
record LiveSocketCollector(BlockingQueue<String> messages) implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        messages.add(data.toString());
        webSocket.request(1);
        return null;
    }
}

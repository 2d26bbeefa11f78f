package org.smavs.server.attendance;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;

/** Collects the text messages a test WebSocket receives, one per queue element, and its close as "CLOSE code reason". */
record LiveSocketCollector(BlockingQueue<String> messages) implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        messages.add(data.toString());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        messages.add("CLOSE " + statusCode + " " + reason);
        return null;
    }
}

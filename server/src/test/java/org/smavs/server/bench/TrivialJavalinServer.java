package org.smavs.server.bench;

import io.javalin.Javalin;
import java.util.Map;

/**
 * The ceiling of the HTTP stack on this machine: a Javalin 7 app with one tiny JSON endpoint and nothing else,
 * started by {@link CampusLoad} in its own JVM with the same flags as the SMAVS server.
 */
public final class TrivialJavalinServer {
    private TrivialJavalinServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "0");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/ping", ctx -> ctx.json(Map.of("status", "ok")));
        });
        app.start(port);
        System.out.println("LISTENING " + app.port());
    }
}

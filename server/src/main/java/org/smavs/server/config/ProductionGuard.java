package org.smavs.server.config;

import java.util.List;

/** Refuses to run production with settings that are public knowledge. */
public final class ProductionGuard {
    private ProductionGuard() {
    }

    /** Problems found before the database is opened. */
    public static List<String> configProblems(ServerConfig config) {
        return config.isProduction() ? config.productionProblems() : List.of();
    }

    /** Thrown when production start-up must stop; the message lists every problem. */
    public static final class RefusedToStart extends RuntimeException {
        public RefusedToStart(List<String> problems) {
            super("SMAVS refuses to start in production:\n  - " + String.join("\n  - ", problems));
        }
    }
}

package org.smavs.server.config;

import java.util.List;

/** Refuses to run production with settings that are public knowledge, and any server with a half-set provider. */
public final class ProductionGuard {
    private ProductionGuard() {
    }

    /** Problems found before the database is opened. */
    public static List<String> configProblems(ServerConfig config) {
        List<String> problems = new java.util.ArrayList<>(config.oidc().problems());
        if (config.isProduction()) {
            problems.addAll(config.productionProblems());
        }
        return problems;
    }

    /** Thrown when start-up must stop; the message lists every problem. */
    public static final class RefusedToStart extends RuntimeException {
        public RefusedToStart(List<String> problems) {
            super("SMAVS refuses to start with this configuration:\n  - " + String.join("\n  - ", problems));
        }
    }
}

package org.smavs.server.config;

import java.util.ArrayList;
import java.util.List;
import org.smavs.server.auth.PasswordHasher;
import org.smavs.server.demo.DemoData;
import org.smavs.server.persistence.Database;

/** Refuses to run production with settings or accounts that are public knowledge. */
public final class ProductionGuard {
    private ProductionGuard() {
    }

    /** Problems found before the database is opened. */
    public static List<String> configProblems(ServerConfig config) {
        return config.isProduction() ? config.productionProblems() : List.of();
    }

    /** Demo accounts that still have their published password. */
    public static List<String> accountProblems(ServerConfig config, Database database, PasswordHasher hasher) {
        List<String> problems = new ArrayList<>();
        if (!config.isProduction()) {
            return problems;
        }
        database.run(session -> {
            for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
                String hash = session.createNativeQuery("SELECT password_hash FROM users WHERE email = :email AND is_active = TRUE",
                        String.class).setParameter("email", account.email()).getSingleResultOrNull();
                if (hash != null && hasher.verify(account.password(), hash)) {
                    problems.add("Account " + account.email() + " still has the published demo password; change or deactivate it");
                }
            }
        });
        return problems;
    }

    /** Thrown when production start-up must stop; the message lists every problem. */
    public static final class RefusedToStart extends RuntimeException {
        public RefusedToStart(List<String> problems) {
            super("SMAVS refuses to start in production:\n  - " + String.join("\n  - ", problems));
        }
    }
}

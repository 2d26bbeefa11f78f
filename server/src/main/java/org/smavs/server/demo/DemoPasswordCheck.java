package org.smavs.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.persistence.Database;

/**
 * A production start-up check that reads the database: the demo accounts' passwords are published in the
 * README, so an active account that still has one must not go live.
 */
public final class DemoPasswordCheck {
    private DemoPasswordCheck() {
    }

    /** Demo accounts that are active and still have their published password. */
    public static List<String> problems(Database database, PasswordHasher hasher) {
        List<String> problems = new ArrayList<>();
        database.run(session -> {
            for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
                String hash = session.createNativeQuery("SELECT password_hash FROM users WHERE email = :email "
                                + "AND is_active = TRUE", String.class)
                        .setParameter("email", account.email()).getSingleResultOrNull();
                if (hash != null && hasher.verify(account.password(), hash)) {
                    problems.add("Account " + account.email()
                            + " still has the published demo password; change or deactivate it");
                }
            }
        });
        return problems;
    }
}

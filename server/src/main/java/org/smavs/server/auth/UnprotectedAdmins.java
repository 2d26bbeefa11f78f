package org.smavs.server.auth;

import java.util.List;
import org.smavs.server.persistence.Database;

/**
 * Administrators who sign in with a password alone (neither single sign-on only nor a second factor): production
 * start-up names them in a warning until each has one or the other.
 */
public final class UnprotectedAdmins {
    private UnprotectedAdmins() {
    }

    public static List<String> emails(Database database) {
        return database.inTransaction(session -> session.createNativeQuery("SELECT email FROM users WHERE "
                + "role = 'ADMIN' AND is_active = TRUE AND sso_only = FALSE AND totp_enabled_at IS NULL ORDER BY email",
                String.class).getResultList());
    }
}

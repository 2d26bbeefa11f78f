package org.smavs.server.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a unique-constraint violation by constraint name, on H2 and PostgreSQL alike, so services can
 * turn a lost race into a clean 409 instead of relying on a check-then-insert that races.
 */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static boolean isViolationOf(Throwable failure, String constraintName) {
        String wanted = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

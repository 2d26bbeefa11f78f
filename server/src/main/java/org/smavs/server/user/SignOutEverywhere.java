package org.smavs.server.user;

import org.hibernate.Session;

/**
 * Ends every login of a user (their refresh tokens), in the caller's transaction: a deactivated account or a
 * changed role must not keep working. Implemented by the sign-in feature, which depends on this one.
 */
@FunctionalInterface
public interface SignOutEverywhere {
    void signOut(Session session, long userId);
}

package org.smavs.server.identity;

import org.smavs.model.auth.Role;

/**
 * Who is calling a use case: a user (with role), a kiosk, or nobody. Carries the request id and client
 * address so that services can audit without knowing about HTTP.
 */
public record Actor(Long userId, Role role, Long kioskId, String requestId, String ip) {

    public static Actor anonymous(String requestId, String ip) {
        return new Actor(null, null, null, requestId, ip);
    }

    public static Actor system() {
        return new Actor(null, null, null, null, null);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isKiosk() {
        return kioskId != null;
    }

    public String roleName() {
        if (kioskId != null) {
            return "kiosk";
        }
        return role == null ? null : role.wire();
    }
}

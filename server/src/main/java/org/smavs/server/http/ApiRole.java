package org.smavs.server.http;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route in {@link ApiRoutes} declares at least one. */
public enum ApiRole implements RouteRole {
    /** No credentials needed (a valid bearer token is still read if sent). */
    PUBLIC,
    /** Any signed-in user. */
    USER,
    STUDENT,
    LECTURER,
    ADMIN,
    KIOSK
}

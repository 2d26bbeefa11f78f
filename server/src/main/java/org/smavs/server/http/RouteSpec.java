package org.smavs.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One row of the route table: what the OpenAPI document, the access check and the RBAC tests read.
 * {@code requestType}/{@code responseType} describe JSON bodies for the document (null when none or not JSON);
 * {@code paged} lists take {@code ?limit=}/{@code ?cursor=} and answer the next page's cursor in headers.
 */
public record RouteSpec(HandlerType method, String path, Set<ApiRole> roles, String tag, String summary,
                        Class<?> requestType, Class<?> responseType, boolean responseIsList, boolean paged,
                        int successStatus, String requestContentType, Handler handler) {

    public boolean isPublic() {
        return roles.contains(ApiRole.PUBLIC);
    }
}

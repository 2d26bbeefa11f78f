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
                        int successStatus, String requestContentType, Handler handler, Contract contract) {

    /**
     * What else the document says about a route: {@code produces} the success answer's content types when it is
     * not JSON; {@code formFields} the parts of a form body ({@code requestContentType}); {@code alsoForm} the
     * fields of a url-encoded form accepted besides the JSON body; {@code query} the query parameters; each field
     * written {@code name[:type][!]} ({@code !} required; types: string (default), integer, number, boolean, date,
     * binary, binary[]).
     */
    public record Contract(java.util.List<String> produces, java.util.List<String> formFields,
                           java.util.List<String> alsoForm, java.util.List<String> query,
                           java.util.List<String> requestHeaders) {
        public static final Contract NONE = new Contract(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
    }

    public boolean isPublic() {
        return roles.contains(ApiRole.PUBLIC);
    }
}

package org.smavs.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects {@link RouteSpec}s with a compact, readable syntax. */
public final class RouteTable {
    private final List<Draft> drafts = new ArrayList<>();
    private String tag = "default";

    public RouteTable tag(String name) {
        this.tag = name;
        return this;
    }

    public Draft get(String path, String summary, Handler handler, ApiRole... roles) {
        return add(HandlerType.GET, path, summary, handler, roles);
    }

    public Draft post(String path, String summary, Handler handler, ApiRole... roles) {
        return add(HandlerType.POST, path, summary, handler, roles);
    }

    public Draft patch(String path, String summary, Handler handler, ApiRole... roles) {
        return add(HandlerType.PATCH, path, summary, handler, roles);
    }

    public Draft delete(String path, String summary, Handler handler, ApiRole... roles) {
        return add(HandlerType.DELETE, path, summary, handler, roles).status(204);
    }

    private Draft add(HandlerType method, String path, String summary, Handler handler, ApiRole... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("Route " + method + " " + path + " declares no role");
        }
        Draft draft = new Draft(method, path, summary, handler, Set.of(roles), tag);
        drafts.add(draft);
        return draft;
    }

    public List<RouteSpec> build() {
        return drafts.stream().map(Draft::toSpec).toList();
    }

    /** A route being declared; the optional setters describe it for the OpenAPI document. */
    public static final class Draft {
        private final HandlerType method;
        private final String path;
        private final String summary;
        private final Handler handler;
        private final Set<ApiRole> roles;
        private final String tag;
        private Class<?> requestType;
        private Class<?> responseType;
        private boolean list;
        private int status = 200;
        private String requestContentType = "application/json";
        private boolean paged;
        private List<String> produces = List.of();
        private List<String> formFields = List.of();
        private List<String> alsoForm = List.of();
        private List<String> query = List.of();
        private List<String> requestHeaders = List.of();

        private Draft(HandlerType method, String path, String summary, Handler handler, Set<ApiRole> roles, String tag) {
            this.method = method;
            this.path = path;
            this.summary = summary;
            this.handler = handler;
            this.roles = roles;
            this.tag = tag;
        }

        public Draft body(Class<?> type) {
            this.requestType = type;
            return this;
        }

        /** A multipart/form-data or other non-JSON body. */
        public Draft consumes(String contentType) {
            this.requestContentType = contentType;
            return this;
        }

        public Draft returns(Class<?> type) {
            this.responseType = type;
            return this;
        }

        public Draft returnsList(Class<?> type) {
            this.responseType = type;
            this.list = true;
            return this;
        }

        /** A list that grows with the campus, answered a page at a time (see {@code web.PageRequest}). */
        public Draft returnsPage(Class<?> type) {
            returnsList(type);
            this.paged = true;
            return this;
        }

        public Draft status(int code) {
            this.status = code;
            return this;
        }

        /** The success answer is not JSON: these content types (files, images, pages). */
        public Draft produces(String... contentTypes) {
            this.produces = List.of(contentTypes);
            return this;
        }

        /** A form body ({@link #consumes} multipart or url-encoded): its fields, {@code name[:type][!]}. */
        public Draft form(String... fields) {
            this.formFields = List.of(fields);
            return this;
        }

        /** Besides the JSON body, a url-encoded form with these fields is accepted (the seed's clients send one). */
        public Draft alsoForm(String... fields) {
            this.alsoForm = List.of(fields);
            return this;
        }

        public Draft query(String... parameters) {
            this.query = List.of(parameters);
            return this;
        }

        public Draft headers(String... names) {
            this.requestHeaders = List.of(names);
            return this;
        }

        RouteSpec toSpec() {
            return new RouteSpec(method, path, roles, tag, summary, requestType, responseType, list, paged, status,
                    requestContentType, handler, new RouteSpec.Contract(produces, formFields, alsoForm, query,
                    requestHeaders));
        }
    }
}

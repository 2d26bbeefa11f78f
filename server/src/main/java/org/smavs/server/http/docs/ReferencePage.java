package org.smavs.server.http.docs;

import java.util.List;
import java.util.Map;
import org.smavs.server.web.HtmlPage;

/**
 * The API reference as one HTML page rendered on the server from the same OpenAPI document (no script, no CDN):
 * a section per tag with each operation's parameters, request bodies by content type, responses, then every
 * schema with its properties (type, format, nullable, required) and the live WebSocket in words.
 */
final class ReferencePage {
    private final Map<String, Object> document;
    private final StringBuilder html = new StringBuilder();

    private ReferencePage(Map<String, Object> document) {
        this.document = document;
    }

    static String render(Map<String, Object> document) {
        return new ReferencePage(document).page();
    }

    private String page() {
        Map<String, Object> info = map(document.get("info"));
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" ")
                .append("content=\"width=device-width\"><title>SMAVS API reference</title></head><body>")
                .append("<h1>SMAVS API ").append(esc(String.valueOf(info.get("version")))).append("</h1>")
                .append("<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a>; interactive: ")
                .append("<a href=\"/docs\">/docs</a>. Errors are always JSON (<a href=\"#schema-ApiError\">ApiError</a>).")
                .append("</p>");
        List<Map<String, Object>> tags = list(document.get("tags"));
        html.append("<nav><h2>Contents</h2><ul>");
        for (Map<String, Object> tag : tags) {
            html.append("<li><a href=\"#tag-").append(esc(str(tag.get("name")))).append("\">")
                    .append(esc(str(tag.get("name")))).append("</a>: ").append(esc(str(tag.get("description"))))
                    .append("</li>");
        }
        html.append("<li><a href=\"#schemas\">Schemas</a></li><li><a href=\"#about\">About this API</a></li></ul></nav>");
        Map<String, Object> paths = map(document.get("paths"));
        for (Map<String, Object> tag : tags) {
            String name = str(tag.get("name"));
            html.append("<section id=\"tag-").append(esc(name)).append("\"><h2>").append(esc(name)).append("</h2><p>")
                    .append(esc(str(tag.get("description")))).append("</p>");
            paths.forEach((path, item) -> map(item).forEach((method, op) -> {
                Map<String, Object> operation = map(op);
                if (list(operation.get("tags")).contains(name)) {
                    operation(method, path, operation);
                }
            }));
            html.append("</section>");
        }
        schemas();
        html.append("<section id=\"about\"><h2>About this API</h2><pre>").append(esc(str(info.get("description"))))
                .append("</pre></section></body></html>");
        return html.toString();
    }

    private void operation(String method, String path, Map<String, Object> op) {
        html.append("<article id=\"").append(esc(str(op.get("operationId")))).append("\"><h3><code>")
                .append(method.toUpperCase()).append(' ').append(esc(path)).append("</code></h3><p>")
                .append(esc(str(op.get("summary")))).append("</p><p>Who: ")
                .append(esc(String.join(", ", list(op.get("x-roles")).stream().map(Object::toString)
                        .map(role -> role.toLowerCase()).toList()))).append("</p>");
        List<Map<String, Object>> parameters = list(op.get("parameters"));
        if (!parameters.isEmpty()) {
            html.append("<table><caption>Parameters</caption><tr><th>name</th><th>in</th><th>type</th>")
                    .append("<th>required</th></tr>");
            for (Map<String, Object> parameter : parameters) {
                html.append("<tr><td><code>").append(esc(str(parameter.get("name")))).append("</code></td><td>")
                        .append(esc(str(parameter.get("in")))).append("</td><td>")
                        .append(type(map(parameter.get("schema")))).append("</td><td>")
                        .append(Boolean.TRUE.equals(parameter.get("required")) ? "yes" : "no").append("</td></tr>");
            }
            html.append("</table>");
        }
        Map<String, Object> body = map(op.get("requestBody"));
        if (!body.isEmpty()) {
            html.append("<p>Body:</p><ul>");
            map(body.get("content")).forEach((type, media) -> html.append("<li><code>").append(esc(type))
                    .append("</code>: ").append(type(map(map(media).get("schema")))).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p>Answers:</p><ul>");
        map(op.get("responses")).forEach((status, response) -> {
            Map<String, Object> answer = map(response);
            String description = answer.containsKey("$ref") ? ref(str(answer.get("$ref"))) : str(answer.get("description"));
            html.append("<li><b>").append(esc(status)).append("</b> ").append(esc(description));
            map(answer.get("content")).forEach((type, media) -> html.append(" <code>").append(esc(type))
                    .append("</code> ").append(type(map(map(media).get("schema")))));
            html.append("</li>");
        });
        html.append("</ul></article>");
    }

    private void schemas() {
        html.append("<section id=\"schemas\"><h2>Schemas</h2>");
        map(map(document.get("components")).get("schemas")).forEach((name, value) -> {
            Map<String, Object> schema = map(value);
            List<Object> required = list(schema.get("required"));
            html.append("<article id=\"schema-").append(esc(name)).append("\"><h3>").append(esc(name))
                    .append("</h3><table><tr><th>property</th><th>type</th><th>always present</th></tr>");
            map(schema.get("properties")).forEach((property, type) -> html.append("<tr><td><code>")
                    .append(esc(property)).append("</code></td><td>").append(type(map(type))).append("</td><td>")
                    .append(required.contains(property) ? "yes" : "no").append("</td></tr>"));
            html.append("</table></article>");
        });
        html.append("</section>");
    }

    /** A schema in a few words, with links to named schemas. */
    private String type(Map<String, Object> schema) {
        if (schema.containsKey("$ref")) {
            String name = str(schema.get("$ref")).substring(str(schema.get("$ref")).lastIndexOf('/') + 1);
            return "<a href=\"#schema-" + esc(name) + "\">" + esc(name) + "</a>";
        }
        StringBuilder text = new StringBuilder();
        if (schema.containsKey("allOf")) {
            text.append(type(map(list(schema.get("allOf")).get(0))));
        } else if ("array".equals(schema.get("type"))) {
            text.append("array of ").append(type(map(schema.get("items"))));
        } else if (schema.containsKey("enum")) {
            text.append("one of ").append(esc(String.join(", ", list(schema.get("enum")).stream().map(Object::toString)
                    .toList())));
        } else {
            text.append(esc(str(schema.getOrDefault("type", "any"))));
            if (schema.containsKey("format")) {
                text.append(" (").append(esc(str(schema.get("format")))).append(')');
            }
            if (schema.containsKey("properties")) {
                text.append(" with ").append(esc(String.join(", ", map(schema.get("properties")).keySet())));
            }
        }
        if (Boolean.TRUE.equals(schema.get("nullable"))) {
            text.append(", or null");
        }
        return text.toString();
    }

    private String ref(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return str(map(map(map(document.get("components")).get("responses")).get(name)).get("description"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value instanceof List<?> l ? (List<T>) l : List.of();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String esc(String text) {
        return HtmlPage.escape(text);
    }
}

package org.smavs.server.http.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.http.RouteSpec;

/** /openapi.json, /docs (Swagger UI from its webjar, served locally) and /redoc (the reference, rendered here). */
public final class DocsController {
    private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/";
    private final Supplier<List<RouteSpec>> routes;
    private final List<String> notes;
    private final String version;
    private final String swaggerVersion;
    private volatile Map<String, Object> document;

    /** {@code routes} is a supplier because this controller's own routes are part of the table it documents. */
    public DocsController(Supplier<List<RouteSpec>> routes, String version, List<String> notes, String swaggerVersion) {
        this.routes = routes;
        this.version = version;
        this.notes = List.copyOf(notes);
        this.swaggerVersion = swaggerVersion;
    }

    public void openApi(Context ctx) {
        ctx.json(document());
    }

    public Map<String, Object> document() {
        Map<String, Object> built = document;
        if (built == null) {
            built = OpenApiDocument.build(routes.get(), version, notes);
            document = built;
        }
        return built;
    }

    public void swaggerUi(Context ctx) {
        String base = "/webjars/swagger-ui/" + swaggerVersion;
        ctx.html("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>SMAVS API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head><body><div id="ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>window.onload=function(){SwaggerUIBundle({url:'/openapi.json',dom_id:'#ui'});};</script>
                </body></html>""".formatted(base));
    }

    public void swaggerAsset(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[A-Za-z0-9._-]+") || !(file.endsWith(".js") || file.endsWith(".css") || file.endsWith(".png"))) {
            throw new NotFoundException("No such file");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SWAGGER + swaggerVersion + "/" + file)) {
            if (in == null) {
                throw new NotFoundException("No such file");
            }
            ctx.contentType(file.endsWith(".js") ? "application/javascript" : file.endsWith(".css") ? "text/css" : "image/png");
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.result(in.readAllBytes());
        } catch (IOException e) {
            throw new NotFoundException("No such file");
        }
    }

    /** The reference as one page, rendered on the server from the same document (see {@link ReferencePage}). */
    public void reference(Context ctx) {
        ctx.html(ReferencePage.render(document()));
    }
}

package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import org.smavs.model.ApiPaths;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The compatibility promise to mobile developers: the served document is compared with the committed snapshot
 * ({@code src/test/resources/openapi/api-v1.json}, from which the build also generates a Java client). A
 * breaking change (a path, field or response removed, a type narrowed, a field made required) fails with
 * openapi-diff's report; any other difference fails too, asking for the snapshot to be updated on purpose:
 * {@code -Dsmavs.openapi.update=true} rewrites it, and the commit that carries it says why. The served document
 * is also written to {@code target/openapi.json} for the linter.
 */
class OpenApiCompatibilityIT {
    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi/api-v1.json");

    @Test
    void theServedDocumentKeepsThePromiseOfTheCommittedSnapshot() throws Exception {
        String served;
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            served = new RawHttp(server.baseUrl()).get(ApiPaths.OPENAPI, null).body();
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode document = json.readTree(served);
        String pretty = json.writeValueAsString(sorted(json.treeToValue(document, Object.class), "")) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), pretty, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("smavs.openapi.update") || !Files.exists(SNAPSHOT)) {
            Files.writeString(SNAPSHOT, pretty, StandardCharsets.UTF_8);
            System.out.println("OpenAPI snapshot written to " + SNAPSHOT.toAbsolutePath());
            return;
        }
        String committed = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, pretty);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        }
        assertThat(diff.isIncompatible())
                .as("BREAKING change to the API contract: mobile apps built on the snapshot would fail.\n%s\n"
                        + "If this is intended, update the snapshot on purpose (-Dsmavs.openapi.update=true) and say "
                        + "why in the commit.", report.toString(StandardCharsets.UTF_8))
                .isFalse();
        assertThat(json.readTree(committed))
                .as("The served document differs from the committed snapshot in a compatible way:\n%s\nUpdate the "
                        + "snapshot (-Dsmavs.openapi.update=true) and commit it with the change.",
                        report.toString(StandardCharsets.UTF_8))
                .isEqualTo(json.readTree(pretty));
    }

    /**
     * Keys in a stable order so the snapshot's text changes only with the document, except the media types of a
     * body, whose order is the server's: generated clients take the first (multipart before url-encoded).
     */
    @SuppressWarnings("unchecked")
    private static Object sorted(Object node, String key) {
        if (node instanceof java.util.Map<?, ?> map) {
            java.util.Map<String, Object> copy = key.equals("content") ? new java.util.LinkedHashMap<>()
                    : new java.util.TreeMap<>();
            ((java.util.Map<String, Object>) map).forEach((name, value) -> copy.put(name, sorted(value, name)));
            return copy;
        }
        if (node instanceof java.util.List<?> list) {
            return list.stream().map(item -> sorted(item, key)).toList();
        }
        return node;
    }
}

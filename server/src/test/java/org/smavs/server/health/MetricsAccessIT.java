package org.smavs.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.model.ApiPaths;
import org.smavs.server.config.HttpSettings;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** /metrics is a map of the system: only for the operator's scraper (a token, or this machine directly). */
class MetricsAccessIT {

    @Test
    void withATokenOnlyItsHolderReadsMetricsAndTheFaceEngineAndPoolArePublished() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2, config -> config.withHttp(new HttpSettings(
                List.of("*"), false, false, List.of(), 5, List.of("image/jpeg", "image/png"), 30,
                "scrape-token-1234567890")), Clock.systemUTC())) {
            RawHttp raw = new RawHttp(server.baseUrl());
            assertThat(raw.get(ApiPaths.METRICS, null).statusCode()).isEqualTo(403);
            assertThat(raw.get(ApiPaths.METRICS, "Bearer wrong-token").statusCode()).isEqualTo(403);
            assertThat(RawHttp.error(raw.get(ApiPaths.METRICS, null)).detail()).contains("SMAVS_METRICS_TOKEN");
            var allowed = raw.get(ApiPaths.METRICS, "Bearer scrape-token-1234567890");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.body()).contains("db_pool_max_connections", "face_analysis_queued",
                    "face_analysis_seconds_count");
        }
    }

    @Test
    void withoutATokenARequestThroughAProxyIsRefusedEvenFromThisMachine() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            RawHttp raw = new RawHttp(server.baseUrl());
            assertThat(raw.get(ApiPaths.METRICS, null).statusCode()).isEqualTo(200);
            assertThat(raw.send("GET", ApiPaths.METRICS, null, null, Map.of("X-Forwarded-For", "198.51.100.4"))
                    .statusCode()).isEqualTo(403);
        }
    }
}

package org.smavs.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.smavs.model.ApiPaths;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

class HealthIT {

    @Test
    void healthSays503WithRetryAfterWhenTheDatabaseGoesAway() throws Exception {
        try (TestServer server = TestServer.start(TestDatabase.Kind.POSTGRES)) {
            RawHttp raw = new RawHttp(server.baseUrl());
            assertThat(raw.get(ApiPaths.HEALTH, null).statusCode()).isEqualTo(200);

            String url = server.app().database().settings().jdbcUrl();
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.PG_HOST + ":"
                    + TestDatabase.PG_PORT + "/postgres", TestDatabase.PG_USER, null);
                 Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }

            HttpResponse<String> down = raw.get(ApiPaths.HEALTH, null);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            assertThat(down.body()).contains("\"database\":\"unreachable\"");
            HttpResponse<String> login = raw.postJson(ApiPaths.AUTH_LOGIN, "{\"email\":\"a@b.cd\",\"password\":\"password1\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(503);
            assertThat(RawHttp.error(login).code()).isEqualTo("SERVICE_UNAVAILABLE");
        }
    }
}

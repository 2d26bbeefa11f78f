package org.smavs.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.server.ServerApp;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.TestDatabase;

/** Production start-up on PostgreSQL: refused while a published demo password is still active. */
class ProductionStartIT {

    @Test
    void productionRefusesToStartWhileADemoPasswordIsActiveAndStartsOnceItIsGone() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Path dataDir = Files.createTempDirectory("smavs-prod-");
            // A development run seeded the demo accounts into this database earlier.
            try (ServerApp dev = ServerApp.create(ServerConfig.forTests(dataDir).withDatabase(database.settings()).withFaceEnabled(false))) {
                dev.start(0);
                ApiClient admin = new ApiClient(dev.baseUrl());
                admin.auth().login("admin@smavs.com", "admin123");
                for (var user : admin.admin().users()) {
                    if (!user.email().equals("admin@smavs.com")) {
                        admin.admin().updateUser(user.id(), new UpdateUserRequest(false, null, null, null, null));
                    }
                }
            }
            ServerConfig production = productionConfig(dataDir, database);
            assertThatThrownBy(() -> ServerApp.create(production))
                    .isInstanceOf(ProductionGuard.RefusedToStart.class)
                    .hasMessageContaining("admin@smavs.com")
                    .hasMessageNotContaining("lecturer@smavs.com"); // deactivated accounts cannot sign in anyway

            database.run("UPDATE users SET is_active = FALSE WHERE email = 'admin@smavs.com'");
            try (ServerApp started = ServerApp.create(production)) {
                assertThat(started.config().isProduction()).isTrue();
                assertThat(DemoData.KNOWN_PASSWORDS).contains("admin123");
            }
        }
    }

    private static ServerConfig productionConfig(Path dataDir, TestDatabase database) {
        Map<String, String> env = new HashMap<>();
        env.put("SMAVS_ENV", "production");
        env.put("SMAVS_DATA_DIR", dataDir.toString());
        env.put("DATABASE_URL", database.settings().jdbcUrl());
        env.put("DATABASE_USER", database.settings().user());
        env.put("SECRET_KEY", "Zq8v1Lw3Rt6Yp0Nm2Kc5Hx7Bd9Fg4Js-production-test");
        env.put("SMAVS_FACE_KEY", "8f".repeat(32));
        env.put("SMAVS_FACE_ENABLED", "false");
        return ServerConfig.fromEnvironment(env);
    }
}

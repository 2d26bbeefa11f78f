package org.smavs.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.server.ServerApp;

class ServerConfigTest {

    @Test
    void defaultsAreASafeDevelopmentSetupOnEmbeddedH2() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of());
        assertThat(config.isProduction()).isFalse();
        assertThat(config.port()).isEqualTo(8000);
        assertThat(config.database().isH2()).isTrue();
        assertThat(config.demoData()).isTrue();
        assertThat(config.http().uploadMaxImageMb()).isEqualTo(5);
        assertThat(config.http().uploadAllowedImageTypes()).containsExactly("image/jpeg", "image/png");
    }

    @Test
    void theSeedsDatabaseUrlFormsAreAccepted() {
        DatabaseSettings psycopg = DatabaseSettings.parse("postgresql+psycopg2://smavs:s%40cret@db.example:6543/attend", null, null);
        assertThat(psycopg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/attend");
        assertThat(psycopg.user()).isEqualTo("smavs");
        assertThat(psycopg.password()).isEqualTo("s@cret");
        assertThat(DatabaseSettings.parse("postgresql://u@localhost/x?sslmode=require", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/x?sslmode=require");
        assertThat(DatabaseSettings.parse("jdbc:postgresql://h/db", "me", "pw").user()).isEqualTo("me");
        assertThatThrownBy(() -> DatabaseSettings.parse("sqlite:///./smavs.db", null, null))
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("STORAGE_BACKEND", "ftp")))
                .hasMessageContaining("STORAGE_BACKEND");
    }

    @Test
    void productionRefusesDefaultSecretsH2DemoDataAndOpenCorsWithCredentials() {
        ServerConfig unsafe = ServerConfig.fromEnvironment(Map.of("SMAVS_ENV", "production",
                "CORS_ALLOW_ORIGINS", "*", "CORS_ALLOW_CREDENTIALS", "true", "SMAVS_DEMO_DATA", "true"));
        assertThat(unsafe.productionProblems()).hasSize(5)
                .anyMatch(p -> p.contains("SECRET_KEY"))
                .anyMatch(p -> p.contains("H2"))
                .anyMatch(p -> p.contains("CORS"))
                .anyMatch(p -> p.contains("DEMO"))
                .anyMatch(p -> p.contains("SMAVS_FACE_KEY"));
        assertThatThrownBy(() -> ServerApp.create(unsafe))
                .isInstanceOf(ProductionGuard.RefusedToStart.class)
                .hasMessageContaining("refuses to start with this configuration");
    }

    @Test
    void aWeakSecretIsRefusedInProduction() {
        ServerConfig weak = ServerConfig.fromEnvironment(Map.of("SMAVS_ENV", "production", "SECRET_KEY", "a".repeat(40),
                "DATABASE_URL", "postgresql://u@localhost/db", "SMAVS_FACE_KEY", "k".repeat(64)));
        assertThat(weak.productionProblems()).singleElement().asString().contains("SECRET_KEY");
    }
}

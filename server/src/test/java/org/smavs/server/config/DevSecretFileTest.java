package org.smavs.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A development server without SECRET_KEY gets a random secret of its own, kept owner-only in its data dir. */
class DevSecretFileTest {

    @Test
    void aRandomSecretIsGeneratedOnceKeptOwnerOnlyAndReused(@TempDir Path first, @TempDir Path second) throws Exception {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("SMAVS_DATA_DIR", first.toString()));
        assertThat(config.tokens().secretKey()).as("nothing until the server starts").isNull();

        ServerConfig started = config.withDevSecretIfMissing();
        Path file = first.resolve(DevSecretFile.FILE_NAME);
        assertThat(started.tokens().secretKey()).hasSizeGreaterThanOrEqualTo(TokenSettings.MIN_SECRET_LENGTH)
                .isEqualTo(Files.readString(file).strip());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(started.face().key()).as("face key derived from it").hasSize(64);

        assertThat(config.withDevSecretIfMissing().tokens().secretKey()).as("a restart keeps it")
                .isEqualTo(started.tokens().secretKey());
        String elsewhere = ServerConfig.fromEnvironment(Map.of("SMAVS_DATA_DIR", second.toString()))
                .withDevSecretIfMissing().tokens().secretKey();
        assertThat(elsewhere).as("every installation its own").isNotEqualTo(started.tokens().secretKey());
    }

    @Test
    void aConfiguredSecretAndProductionAreLeftAlone(@TempDir Path dir) {
        ServerConfig configured = ServerConfig.fromEnvironment(Map.of("SMAVS_DATA_DIR", dir.toString(),
                "SECRET_KEY", "k8Jq2vX9mN4pL7rT1wZ5yB3cD6fG0hA2sE8u"));
        assertThat(configured.withDevSecretIfMissing().tokens().secretKey()).isEqualTo("k8Jq2vX9mN4pL7rT1wZ5yB3cD6fG0hA2sE8u");
        ServerConfig production = ServerConfig.fromEnvironment(Map.of("SMAVS_DATA_DIR", dir.toString(),
                "SMAVS_ENV", "production"));
        assertThat(production.withDevSecretIfMissing().tokens().secretKey()).isNull();
        assertThat(Files.exists(dir.resolve(DevSecretFile.FILE_NAME))).isFalse();
    }
}

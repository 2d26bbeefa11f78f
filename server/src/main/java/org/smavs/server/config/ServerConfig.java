package org.smavs.server.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the server reads from its environment, with safe development defaults, in groups that match
 * the features using them. Names follow the seed (see API_V1.md); SMAVS-specific settings start with
 * {@code SMAVS_}. The README's configuration table lists every variable read here.
 */
public record ServerConfig(
        Environment environment,
        int port,
        Path dataDir,
        DatabaseSettings database,
        TokenSettings tokens,
        StorageSettings storage,
        HttpSettings http,
        FaceSettings face,
        AttendanceSettings attendance,
        Limits limits,
        boolean demoData,
        boolean demoHistory,
        MailSettings mail,
        OidcSettings oidc) {

    public enum Environment { DEV, PRODUCTION }

    public boolean isProduction() {
        return environment == Environment.PRODUCTION;
    }

    public static ServerConfig fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        Environment environment = "production".equalsIgnoreCase(read.string("SMAVS_ENV", "dev"))
                ? Environment.PRODUCTION : Environment.DEV;
        Path dataDir = Path.of(read.string("SMAVS_DATA_DIR", "./data"));
        String databaseUrl = read.string("DATABASE_URL", null);
        DatabaseSettings database = databaseUrl == null || databaseUrl.isBlank()
                ? DatabaseSettings.embeddedH2(dataDir)
                : DatabaseSettings.parse(databaseUrl, read.string("DATABASE_USER", null),
                        read.string("DATABASE_PASSWORD", null));
        TokenSettings tokens = TokenSettings.fromEnvironment(read);
        return new ServerConfig(environment,
                read.integer("PORT", 8000),
                dataDir,
                database,
                tokens,
                StorageSettings.fromEnvironment(read, dataDir),
                HttpSettings.fromEnvironment(read, environment),
                FaceSettings.fromEnvironment(read, environment == Environment.DEV && tokens.secretKey() != null
                        ? deriveDevFaceKey(tokens.secretKey()) : null),
                AttendanceSettings.fromEnvironment(read),
                Limits.fromEnvironment(read, environment == Environment.PRODUCTION),
                read.bool("SMAVS_DEMO_DATA", environment == Environment.DEV),
                read.bool("SMAVS_DEMO_HISTORY", environment == Environment.DEV),
                MailSettings.fromEnvironment(read, read.integer("PORT", 8000)),
                OidcSettings.fromEnvironment(read));
    }

    /**
     * Configuration for tests and for apps' UI tests: H2 in {@code dataDir}, demo data, a random secret,
     * local storage, face models from the usual cache.
     */
    public static ServerConfig forTests(Path dataDir) {
        return fromEnvironment(Map.of(
                "SMAVS_DATA_DIR", dataDir.toString(),
                "SECRET_KEY", "test-" + UUID.randomUUID() + "-" + UUID.randomUUID(),
                // tests count the demo accounts' rows: no month of past teaching for them
                "SMAVS_DEMO_HISTORY", "false",
                "SMAVS_MODELS_DIR", System.getProperty("smavs.models.dir", FaceSettings.defaultModelsDir())));
    }

    public ServerConfig withDatabase(DatabaseSettings settings) {
        return new ServerConfig(environment, port, dataDir, settings, tokens, storage, http, face, attendance, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withStorage(StorageSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, settings, http, face, attendance, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withTokens(TokenSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, settings, storage, http, face, attendance, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withHttp(HttpSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, settings, face, attendance, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withFace(FaceSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, settings, attendance, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withFaceEnabled(boolean enabled) {
        return withFace(face.withEnabled(enabled));
    }

    public ServerConfig withLimits(Limits settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, face, attendance, settings,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withAttendance(AttendanceSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, face, settings, limits,
                demoData, demoHistory, mail, oidc);
    }

    public ServerConfig withMail(MailSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, face, attendance, limits,
                demoData, demoHistory, settings, oidc);
    }

    public ServerConfig withOidc(OidcSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, face, attendance, limits,
                demoData, demoHistory, mail, settings);
    }

    public ServerConfig withDemoData(boolean enabled) {
        return new ServerConfig(environment, port, dataDir, database, tokens, storage, http, face, attendance, limits,
                enabled, demoHistory, mail, oidc);
    }

    /** Reasons this configuration must not run in production; empty when it may. */
    public List<String> productionProblems() {
        List<String> problems = new ArrayList<>(tokens.productionProblems());
        if (oidc.enabled() && !oidc.issuer().startsWith("https://")) {
            problems.add("SMAVS_OIDC_ISSUER must use https in production");
        }
        if (oidc.browserFlowEnabled() && !mail.publicUrl().startsWith("https://")) {
            problems.add("SMAVS_PUBLIC_URL must be the server's https:// address: the identity provider sends people "
                    + "back to it");
        }
        if (database.isH2()) {
            problems.add("DATABASE_URL points at the embedded H2 database; production needs PostgreSQL");
        }
        if (http.corsCredentials() && http.corsOrigins().contains("*")) {
            problems.add("CORS_ALLOW_ORIGINS is '*' while CORS_ALLOW_CREDENTIALS is true");
        }
        if (demoData) {
            problems.add("SMAVS_DEMO_DATA is on; production never seeds demo accounts");
        }
        if (face.enabled() && face.key() == null) {
            problems.add("SMAVS_FACE_KEY is not set; face templates need their own encryption key");
        }
        return problems;
    }

    /**
     * Development without SECRET_KEY: the secret generated on first start and kept in the data directory
     * ({@link DevSecretFile}), and the face key derived from it unless SMAVS_FACE_KEY is set. Production
     * configurations are returned unchanged (they are refused without a secret).
     */
    public ServerConfig withDevSecretIfMissing() {
        if (isProduction() || tokens.secretKey() != null) {
            return this;
        }
        String secret = DevSecretFile.loadOrCreate(dataDir);
        ServerConfig withSecret = withTokens(tokens.withSecretKey(secret));
        return face.key() != null ? withSecret
                : withSecret.withFace(face.withKeys(deriveDevFaceKey(secret), face.previousKeys()));
    }

    /** In development the face key is derived from the secret so nothing extra must be configured. */
    static String deriveDevFaceKey(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("smavs-face-template-key:" + secret).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(Arrays.copyOf(digest, 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ServerConfig[env=" + environment + ", port=" + port + ", database=" + database + ", storage="
                + storage.backend() + ", faceEnabled=" + face.enabled() + ", modelsDir=" + face.modelsDir() + "]";
    }
}

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
 * Everything the server reads from its environment, with safe development defaults. Names follow the
 * seed (see API_V1.md); SMAVS-specific settings start with {@code SMAVS_}.
 */
public record ServerConfig(
        Environment environment,
        int port,
        Path dataDir,
        DatabaseSettings database,
        String secretKey,
        String jwtAlgorithm,
        int accessTokenMinutes,
        int refreshTokenDays,
        StorageSettings storage,
        List<String> corsOrigins,
        boolean corsCredentials,
        int uploadMaxImageMb,
        List<String> uploadAllowedImageTypes,
        boolean demoData,
        boolean faceEnabled,
        Path modelsDir,
        String faceTemplateKey,
        int qrStepSeconds,
        int qrGraceSteps,
        int selfieRetentionDays,
        boolean trustProxyHeaders,
        boolean storeRawCoordinates,
        List<String> previousSecretKeys,
        List<String> previousFaceKeys) {

    /** The secret used when none is configured; production refuses it. */
    public static final String DEV_SECRET = "dev-only-secret-change-me-dev-only-secret-change-me";
    public static final int MIN_SECRET_LENGTH = 32;

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
        String secret = read.string("SECRET_KEY", DEV_SECRET);
        return new ServerConfig(environment,
                read.integer("PORT", 8000),
                dataDir,
                database,
                secret,
                read.string("ALGORITHM", "HS256"),
                read.integer("ACCESS_TOKEN_EXPIRE_MINUTES", 15),
                read.integer("REFRESH_TOKEN_EXPIRE_DAYS", 14),
                StorageSettings.fromEnvironment(read, dataDir),
                read.list("CORS_ALLOW_ORIGINS", environment == Environment.DEV ? "*" : ""),
                read.bool("CORS_ALLOW_CREDENTIALS", false),
                read.integer("UPLOAD_MAX_IMAGE_MB", 5),
                read.list("UPLOAD_ALLOWED_IMAGE_TYPES", "image/jpeg,image/png"),
                read.bool("SMAVS_DEMO_DATA", environment == Environment.DEV),
                read.bool("SMAVS_FACE_ENABLED", true),
                Path.of(read.string("SMAVS_MODELS_DIR", defaultModelsDir())),
                read.string("SMAVS_FACE_KEY", deriveDevKey(secret)),
                read.integer("SMAVS_QR_STEP_SECONDS", 15),
                read.integer("SMAVS_QR_GRACE_STEPS", 1),
                read.integer("SMAVS_SELFIE_RETENTION_DAYS", 30),
                read.bool("SMAVS_TRUST_PROXY", false),
                read.bool("SMAVS_STORE_COORDINATES", false),
                read.list("SMAVS_PREVIOUS_SECRET_KEYS", ""),
                read.list("SMAVS_PREVIOUS_FACE_KEYS", ""));
    }

    /**
     * Configuration for tests and for apps' UI tests: H2 in {@code dataDir}, demo data, a random secret,
     * local storage, face models from the usual cache.
     */
    public static ServerConfig forTests(Path dataDir) {
        return fromEnvironment(Map.of(
                "SMAVS_DATA_DIR", dataDir.toString(),
                "SECRET_KEY", "test-" + UUID.randomUUID() + "-" + UUID.randomUUID(),
                "SMAVS_MODELS_DIR", System.getProperty("smavs.models.dir", defaultModelsDir())));
    }

    public ServerConfig withDatabase(DatabaseSettings settings) {
        return new ServerConfig(environment, port, dataDir, settings, secretKey, jwtAlgorithm, accessTokenMinutes,
                refreshTokenDays, storage, corsOrigins, corsCredentials, uploadMaxImageMb, uploadAllowedImageTypes,
                demoData, faceEnabled, modelsDir, faceTemplateKey, qrStepSeconds, qrGraceSteps, selfieRetentionDays,
                trustProxyHeaders, storeRawCoordinates, previousSecretKeys, previousFaceKeys);
    }

    public ServerConfig withStorage(StorageSettings settings) {
        return new ServerConfig(environment, port, dataDir, database, secretKey, jwtAlgorithm, accessTokenMinutes,
                refreshTokenDays, settings, corsOrigins, corsCredentials, uploadMaxImageMb, uploadAllowedImageTypes,
                demoData, faceEnabled, modelsDir, faceTemplateKey, qrStepSeconds, qrGraceSteps, selfieRetentionDays,
                trustProxyHeaders, storeRawCoordinates, previousSecretKeys, previousFaceKeys);
    }

    public ServerConfig withFaceEnabled(boolean enabled) {
        return new ServerConfig(environment, port, dataDir, database, secretKey, jwtAlgorithm, accessTokenMinutes,
                refreshTokenDays, storage, corsOrigins, corsCredentials, uploadMaxImageMb, uploadAllowedImageTypes,
                demoData, enabled, modelsDir, faceTemplateKey, qrStepSeconds, qrGraceSteps, selfieRetentionDays,
                trustProxyHeaders, storeRawCoordinates, previousSecretKeys, previousFaceKeys);
    }

    public ServerConfig withDemoData(boolean enabled) {
        return new ServerConfig(environment, port, dataDir, database, secretKey, jwtAlgorithm, accessTokenMinutes,
                refreshTokenDays, storage, corsOrigins, corsCredentials, uploadMaxImageMb, uploadAllowedImageTypes,
                enabled, faceEnabled, modelsDir, faceTemplateKey, qrStepSeconds, qrGraceSteps, selfieRetentionDays,
                trustProxyHeaders, storeRawCoordinates, previousSecretKeys, previousFaceKeys);
    }

    /** The token-signing secrets: the current one first (it signs), then older ones that still verify. */
    public List<String> tokenSecrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(secretKey);
        secrets.addAll(previousSecretKeys);
        return secrets;
    }

    /** Reasons this configuration must not run in production; empty when it may. */
    public List<String> productionProblems() {
        List<String> problems = new ArrayList<>();
        if (secretKey == null || secretKey.equals(DEV_SECRET) || secretKey.length() < MIN_SECRET_LENGTH
                || secretKey.chars().distinct().count() < 10) {
            problems.add("SECRET_KEY is missing, the development default, or weak (use at least "
                    + MIN_SECRET_LENGTH + " random characters)");
        }
        if (database.isH2()) {
            problems.add("DATABASE_URL points at the embedded H2 database; production needs PostgreSQL");
        }
        if (corsCredentials && corsOrigins.contains("*")) {
            problems.add("CORS_ALLOW_ORIGINS is '*' while CORS_ALLOW_CREDENTIALS is true");
        }
        if (demoData) {
            problems.add("SMAVS_DEMO_DATA is on; production never seeds demo accounts");
        }
        if (faceEnabled && faceTemplateKey.equals(deriveDevKey(DEV_SECRET))) {
            problems.add("SMAVS_FACE_KEY is not set; face templates need their own encryption key");
        }
        return problems;
    }

    /** The AES-256 key for face templates; SMAVS_FACE_KEY must be 64 hexadecimal characters. */
    public byte[] faceTemplateKeyBytes() {
        return faceKey("SMAVS_FACE_KEY", faceTemplateKey);
    }

    /** Keys that templates were encrypted with before a rotation: they still decrypt, never encrypt. */
    public List<byte[]> previousFaceTemplateKeyBytes() {
        return previousFaceKeys.stream().map(key -> faceKey("SMAVS_PREVIOUS_FACE_KEYS", key)).toList();
    }

    private static byte[] faceKey(String variable, String hex) {
        try {
            byte[] key = java.util.HexFormat.of().parseHex(hex);
            if (key.length != 32) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must hold 64 hexadecimal characters (32 bytes) per key, "
                    + "e.g. from 'openssl rand -hex 32'");
        }
    }

    public long uploadMaxBytes() {
        return uploadMaxImageMb * 1024L * 1024L;
    }

    private static String defaultModelsDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "smavs", "models").toString();
    }

    /** In development the face key is derived from the secret so nothing extra must be configured. */
    private static String deriveDevKey(String secret) {
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
                + storage.backend() + ", faceEnabled=" + faceEnabled + ", modelsDir=" + modelsDir + "]";
    }
}

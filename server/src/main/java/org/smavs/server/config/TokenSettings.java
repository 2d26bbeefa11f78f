package org.smavs.server.config;

import java.util.ArrayList;
import java.util.List;

/**
 * How access and refresh tokens are signed and how long they live. {@code previousSecretKeys} still verify
 * tokens during a rotation; only the current secret signs.
 */
public record TokenSettings(String secretKey, String jwtAlgorithm, int accessTokenMinutes, int refreshTokenDays,
                            List<String> previousSecretKeys) {
    public static final int MIN_SECRET_LENGTH = 32;

    public TokenSettings {
        previousSecretKeys = List.copyOf(previousSecretKeys);
    }

    static TokenSettings fromEnvironment(EnvReader read) {
        return new TokenSettings(
                // none in development: the server generates one on first start (DevSecretFile); production refuses
                read.string("SECRET_KEY", null),
                read.string("ALGORITHM", "HS256"),
                read.integer("ACCESS_TOKEN_EXPIRE_MINUTES", 15),
                read.integer("REFRESH_TOKEN_EXPIRE_DAYS", 14),
                read.list("SMAVS_PREVIOUS_SECRET_KEYS", ""));
    }

    /** The token-signing secrets: the current one first (it signs), then older ones that still verify. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (secretKey != null) {
            secrets.add(secretKey);
        }
        secrets.addAll(previousSecretKeys);
        return secrets;
    }

    List<String> productionProblems() {
        if (secretKey == null || secretKey.length() < MIN_SECRET_LENGTH || secretKey.chars().distinct().count() < 10) {
            return List.of("SECRET_KEY is missing or weak (use at least " + MIN_SECRET_LENGTH + " random characters)");
        }
        return List.of();
    }

    public TokenSettings withPreviousSecretKeys(List<String> keys) {
        return new TokenSettings(secretKey, jwtAlgorithm, accessTokenMinutes, refreshTokenDays, keys);
    }

    public TokenSettings withSecretKey(String key) {
        return new TokenSettings(key, jwtAlgorithm, accessTokenMinutes, refreshTokenDays, previousSecretKeys);
    }

    @Override
    public String toString() {
        return "TokenSettings[algorithm=" + jwtAlgorithm + ", accessTokenMinutes=" + accessTokenMinutes
                + ", refreshTokenDays=" + refreshTokenDays + "]";
    }
}

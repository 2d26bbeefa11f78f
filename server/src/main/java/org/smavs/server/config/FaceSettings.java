package org.smavs.server.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Face verification: whether it runs, where the models are, and the AES-256 keys of biometric data
 * ({@code key} encrypts; {@code previousKeys} only decrypt, during a rotation). Keys are 64 hex characters.
 */
public record FaceSettings(boolean enabled, Path modelsDir, String key, List<String> previousKeys) {

    public FaceSettings {
        previousKeys = List.copyOf(previousKeys);
    }

    static FaceSettings fromEnvironment(EnvReader read, String devKey) {
        return new FaceSettings(
                read.bool("SMAVS_FACE_ENABLED", true),
                Path.of(read.string("SMAVS_MODELS_DIR", defaultModelsDir())),
                read.string("SMAVS_FACE_KEY", devKey),
                read.list("SMAVS_PREVIOUS_FACE_KEYS", ""));
    }

    public FaceSettings withEnabled(boolean on) {
        return new FaceSettings(on, modelsDir, key, previousKeys);
    }

    public FaceSettings withKeys(String current, List<String> previous) {
        return new FaceSettings(enabled, modelsDir, current, previous);
    }

    /** The current key as bytes. */
    public byte[] keyBytes() {
        return parse("SMAVS_FACE_KEY", key);
    }

    /** Keys that data was encrypted with before a rotation: they still decrypt, never encrypt. */
    public List<byte[]> previousKeyBytes() {
        return previousKeys.stream().map(previous -> parse("SMAVS_PREVIOUS_FACE_KEYS", previous)).toList();
    }

    static String defaultModelsDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "smavs", "models").toString();
    }

    private static byte[] parse(String variable, String hex) {
        try {
            byte[] bytes = java.util.HexFormat.of().parseHex(hex);
            if (bytes.length != 32) {
                throw new IllegalArgumentException();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must hold 64 hexadecimal characters (32 bytes) per key, "
                    + "e.g. from 'openssl rand -hex 32'");
        }
    }

    @Override
    public String toString() {
        return "FaceSettings[enabled=" + enabled + ", modelsDir=" + modelsDir + "]";
    }
}

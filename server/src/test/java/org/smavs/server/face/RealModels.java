package org.smavs.server.face;

import java.nio.file.Path;

/** Where tests find the real models: surefire sets {@code smavs.models.dir}; otherwise the fetch default. */
public final class RealModels {
    private RealModels() {
    }

    public static Path directory() {
        String configured = System.getProperty("smavs.models.dir");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "smavs", "models");
    }

    /** Fails (does not skip) when models are missing: run scripts/fetch-models.sh. */
    public static OnnxFaceEngine loadEngine() {
        return OnnxFaceEngine.load(FaceModels.locate(directory()));
    }
}

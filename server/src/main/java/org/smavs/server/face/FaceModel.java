package org.smavs.server.face;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * The six ONNX models the face pipeline needs, with the file name each is looked up by and the SHA-256 of
 * the reference copy from {@code faceplugin-face-recognition-js@0.0.1} (the one {@code scripts/fetch-models.sh}
 * installs). Operators may supply other files under the same names as long as inputs and outputs match.
 */
public enum FaceModel {
    DETECT("fr_detect.onnx", "6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854",
            OptLevel.ALL_OPT),
    LANDMARK("fr_landmark.onnx", "f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258",
            OptLevel.ALL_OPT),
    FEATURE("fr_feature.onnx", "87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581",
            OptLevel.BASIC_OPT),
    LIVENESS("fr_liveness.onnx", "afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d",
            OptLevel.BASIC_OPT),
    EYE("fr_eye.onnx", "1afcea006abc1ccac3c517022abde0aa092bed74ff3c9fe6878483ef9e6e38de", OptLevel.ALL_OPT),
    POSE("fr_pose.onnx", "72d032ec941b7153bf8d3f2c03a4c165453cc7e63d479041ec7c6ef087e5839d", OptLevel.ALL_OPT);

    private final String fileName;
    private final String referenceSha256;
    private final OptLevel optimization;

    FaceModel(String fileName, String referenceSha256, OptLevel optimization) {
        this.fileName = fileName;
        this.referenceSha256 = referenceSha256;
        this.optimization = optimization;
    }

    public String fileName() {
        return fileName;
    }

    public String referenceSha256() {
        return referenceSha256;
    }

    /**
     * The fastest ONNX Runtime graph optimisation level for this model, measured per model on x86
     * (2026-11-25, ORT 1.23.2, one thread): the full level with its NCHWc layout rewrite makes the small
     * convolutional models 1.4–5x faster but fr_feature 3x slower (63 ms vs 19 ms); fr_feature and
     * fr_liveness are fastest at the basic level.
     */
    OptLevel optimization() {
        return optimization;
    }
}

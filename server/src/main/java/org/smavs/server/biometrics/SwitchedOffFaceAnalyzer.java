package org.smavs.server.biometrics;

import java.util.List;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.upload.CheckedImage;

/** The analyzer of a server run with face verification switched off: every analysis is refused with 503. */
public final class SwitchedOffFaceAnalyzer implements FaceAnalyzer {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public String modelVersion() {
        return "none";
    }

    @Override
    public FaceAnalysis analyze(CheckedImage image) {
        throw switchedOff();
    }

    @Override
    public List<FaceAnalysis> analyzeAll(List<CheckedImage> frames) {
        throw switchedOff();
    }

    static ServiceUnavailableException switchedOff() {
        return new ServiceUnavailableException(ErrorCodes.FACE_UNAVAILABLE, "Face verification is switched off on this server");
    }
}

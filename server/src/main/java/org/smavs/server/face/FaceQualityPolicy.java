package org.smavs.server.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a photo is usable as a reference (enrolment) or a probe (verification): exactly one
 * face, large, sharp, well lit and roughly frontal. Reports every failure at once so the student can fix
 * them together.
 */
public final class FaceQualityPolicy {
    private final FaceQualityThresholds thresholds;

    public FaceQualityPolicy(FaceQualityThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** Empty when the photo is acceptable. */
    public List<QualityFailure> check(FaceAnalysis analysis) {
        if (analysis.faceCount() == 0) {
            return List.of(new QualityFailure(QualityFailureReason.NO_FACE,
                    "No face was found. Face the camera in good light."));
        }
        List<QualityFailure> failures = new ArrayList<>();
        if (analysis.faceCount() > 1) {
            failures.add(new QualityFailure(QualityFailureReason.MULTIPLE_FACES, String.format(Locale.ROOT,
                    "%d faces were found. Only you should be in the picture.", analysis.faceCount())));
        }
        DetectedFace face = analysis.face();
        if (face.sizePx() < thresholds.minFaceSizePx()) {
            failures.add(new QualityFailure(QualityFailureReason.FACE_TOO_SMALL, String.format(Locale.ROOT,
                    "The face is too small (%d px, at least %d px needed). Move closer to the camera.",
                    face.sizePx(), thresholds.minFaceSizePx())));
        }
        if (face.sharpness() < thresholds.minSharpness()) {
            failures.add(new QualityFailure(QualityFailureReason.TOO_BLURRY,
                    "The photo is blurred. Hold still and make sure the camera is in focus."));
        }
        if (face.brightness() < thresholds.minBrightness()) {
            failures.add(new QualityFailure(QualityFailureReason.TOO_DARK,
                    "The face is too dark. Find more light or face the light source."));
        } else if (face.brightness() > thresholds.maxBrightness()) {
            failures.add(new QualityFailure(QualityFailureReason.TOO_BRIGHT,
                    "The face is over-exposed. Avoid direct light on the face or the camera."));
        }
        HeadPose pose = face.pose();
        if (Math.abs(pose.yaw()) > thresholds.maxAbsYaw() || Math.abs(pose.pitch()) > thresholds.maxAbsPitch()) {
            failures.add(new QualityFailure(QualityFailureReason.NOT_FRONTAL,
                    "Look straight into the camera."));
        }
        return List.copyOf(failures);
    }

    public boolean isAcceptable(FaceAnalysis analysis) {
        return check(analysis).isEmpty();
    }
}

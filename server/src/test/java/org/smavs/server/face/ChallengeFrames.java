package org.smavs.server.face;

import java.awt.image.BufferedImage;
import java.util.List;
import org.smavs.model.kiosk.Challenge;

/** Frame bursts that perform (or fail) a kiosk challenge, derived from a portrait, for end-to-end tests. */
public final class ChallengeFrames {
    private ChallengeFrames() {
    }

    /** Frames in which the person in {@code portrait} performs {@code challenge}, as PNG bytes. */
    public static List<byte[]> performing(Challenge challenge, BufferedImage portrait) {
        try (OnnxFaceEngine engine = RealModels.loadEngine()) {
            FaceBox box = engine.analyze(FaceImages.png(portrait)).face().box();
            return switch (challenge) {
                case TURN_LEFT -> pngs(portrait, FaceImages.turnedFace(portrait, box, 0.15), FaceImages.turnedFace(portrait, box, 0.3));
                case TURN_RIGHT -> pngs(FaceImages.mirror(portrait),
                        FaceImages.mirror(FaceImages.turnedFace(portrait, box, 0.15)),
                        FaceImages.mirror(FaceImages.turnedFace(portrait, box, 0.3)));
                case BLINK -> {
                    FaceLandmarks landmarks;
                    try (OnnxModel model = OnnxModel.load(FaceModels.locate(RealModels.directory()), FaceModel.LANDMARK)) {
                        landmarks = new LandmarkDetector(model).detect(ImageDecoder.toBgr(portrait), box);
                    }
                    yield pngs(portrait, FaceImages.closedEyes(portrait, landmarks), portrait);
                }
            };
        }
    }

    /** A still photo shown three times: performs no challenge. */
    public static List<byte[]> still(BufferedImage portrait) {
        return pngs(portrait, portrait, portrait);
    }

    private static List<byte[]> pngs(BufferedImage... frames) {
        return java.util.Arrays.stream(frames).map(frame -> FaceImages.jpeg(frame, 0.92f)).toList();
    }
}

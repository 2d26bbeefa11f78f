package org.smavs.kiosk.camera;

import java.awt.Rectangle;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a picture is good for the server's face check, from the faces a detector found in it. Pure: sizes and
 * positions are fractions of the picture, so the same rules hold at any camera resolution and downscale.
 * The thresholds follow the preview's oval (0.72 of the picture's height, centred): a face filling the oval has a
 * detector box of roughly 0.3–0.45 of the picture's height.
 */
public final class FramingPolicy {
    /** Mean luma (0-255) under which faces stop being recognisable on typical webcams. */
    static final int DARK_LUMA = 60;
    /** Face box height / picture height: below, the server's detector and matcher lose detail. */
    static final double MIN_FACE = 0.20;
    /** Above, the face spills out of the oval and the liveness crop (2.7× the face) runs off the picture. */
    static final double MAX_FACE = 0.62;
    /** Largest allowed distance of the face centre from the picture centre, as a fraction of width/height. */
    static final double MAX_OFF_CENTRE = 0.18;
    /**
     * A second face counts when it is at least this fraction of the largest one: someone looking over the
     * shoulder counts, a tiny far-away face (or a cascade false positive in the background) does not.
     */
    static final double SECOND_FACE = 0.45;

    private FramingPolicy() {
    }

    /** Darkness first: in a dark picture the detector's "no face" says nothing about the face. */
    public static Coaching judge(int width, int height, int meanLuma, List<Rectangle> faces) {
        if (meanLuma < DARK_LUMA) {
            return Coaching.MORE_LIGHT;
        }
        if (faces.isEmpty()) {
            return Coaching.FACE_CAMERA;
        }
        List<Rectangle> bySize = faces.stream().sorted(Comparator.comparingInt(FramingPolicy::area).reversed()).toList();
        Rectangle face = bySize.get(0);
        if (bySize.size() > 1 && bySize.get(1).height >= SECOND_FACE * face.height) {
            return Coaching.ONE_PERSON;
        }
        double size = (double) face.height / height;
        if (size < MIN_FACE) {
            return Coaching.MOVE_CLOSER;
        }
        if (size > MAX_FACE) {
            return Coaching.MOVE_BACK;
        }
        double dx = Math.abs(face.getCenterX() / width - 0.5);
        double dy = Math.abs(face.getCenterY() / height - 0.5);
        if (dx > MAX_OFF_CENTRE || dy > MAX_OFF_CENTRE) {
            return Coaching.INTO_OVAL;
        }
        return Coaching.OK;
    }

    private static int area(Rectangle r) {
        return r.width * r.height;
    }
}

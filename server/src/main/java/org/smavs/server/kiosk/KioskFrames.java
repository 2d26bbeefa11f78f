package org.smavs.server.kiosk;

import java.util.ArrayList;
import java.util.List;
import org.smavs.server.error.ValidationException;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;

/** Checks a kiosk's burst of frames by content: 1 to {@link #MAX_FRAMES} JPEG or PNG frames, re-encoded. */
public final class KioskFrames {
    public static final int MAX_FRAMES = 12;

    private final ImageUploads uploads;

    public KioskFrames(ImageUploads uploads) {
        this.uploads = uploads;
    }

    public List<CheckedImage> check(List<byte[]> frames) {
        if (frames == null || frames.isEmpty() || frames.size() > MAX_FRAMES) {
            throw ValidationException.field("frames", "send 1 to " + MAX_FRAMES + " JPEG or PNG frames");
        }
        List<CheckedImage> checked = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            checked.add(uploads.check("frames", frame));
        }
        return checked;
    }
}

package org.smavs.server.kiosk;

import java.util.ArrayList;
import java.util.List;
import org.smavs.server.error.ValidationException;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;
import org.smavs.server.upload.UploadedImage;

/** Checks a kiosk's burst of frames by content: 1 to {@link #MAX_FRAMES} JPEG or PNG frames. */
public final class KioskFrames {
    public static final int MAX_FRAMES = 12;

    private final ImageUploads uploads;

    public KioskFrames(ImageUploads uploads) {
        this.uploads = uploads;
    }

    /** The cheap checks of every frame (count, size, type, pixel count); nothing decoded yet. */
    public List<UploadedImage> inspect(List<byte[]> frames) {
        if (frames == null || frames.isEmpty() || frames.size() > MAX_FRAMES) {
            throw ValidationException.field("frames", "send 1 to " + MAX_FRAMES + " JPEG or PNG frames");
        }
        List<UploadedImage> inspected = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            inspected.add(uploads.inspect("frames", frame));
        }
        return inspected;
    }

    /** Decoding and analysing a burst in one of the bounded picture slots (see ImageUploads). */
    public <T> T withPictureSlot(java.util.function.Supplier<T> work) {
        return uploads.withPictureSlot(work);
    }

    /** Every frame decoded once, for the face layer; the best one is stored as the record's selfie. */
    public List<CheckedImage> decode(List<UploadedImage> frames) {
        return frames.stream().map(uploads::decode).toList();
    }
}

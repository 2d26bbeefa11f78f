package org.smavs.server.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smavs.server.error.ValidationException;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;

/** Checks a kiosk's burst of frames by content and stores the chosen frame as the record's selfie. */
public final class KioskFrames {
    public static final int MAX_FRAMES = 12;

    private final ImageUploads uploads;
    private final BlobStore blobs;

    public KioskFrames(ImageUploads uploads, BlobStore blobs) {
        this.uploads = uploads;
        this.blobs = blobs;
    }

    /** Every frame re-encoded; 1 to {@link #MAX_FRAMES} frames. */
    public List<byte[]> check(List<byte[]> frames) {
        if (frames == null || frames.isEmpty() || frames.size() > MAX_FRAMES) {
            throw ValidationException.field("frames", "send 1 to " + MAX_FRAMES + " JPEG or PNG frames");
        }
        List<byte[]> checked = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            CheckedImage image = uploads.check("frames", frame);
            checked.add(image.data());
        }
        return checked;
    }

    public String storeSelfie(long sessionId, byte[] frame) {
        String type = ImageUploads.sniff(frame);
        String key = "selfies/" + sessionId + "/" + UUID.randomUUID() + ("image/png".equals(type) ? ".png" : ".jpg");
        blobs.put(key, frame, type);
        return key;
    }

    public void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException ignored) {
            // best effort: an orphaned image costs storage only, never correctness
        }
    }
}

package org.smavs.client;

/** Picks the Content-Type of an upload from its first bytes. */
final class ImageTypes {
    private ImageTypes() {
    }

    static String sniff(byte[] data) {
        if (data != null && data.length > 4 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N') {
            return "image/png";
        }
        return "image/jpeg";
    }
}

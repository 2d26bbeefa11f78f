package org.smavs.client;

/**
 * The multipart fields of POST /students/attendance. Either {@code sessionCode} or {@code qrToken}.
 * Images are JPEG or PNG bytes; null leaves the part out.
 */
public record AttendanceSubmission(String sessionCode, String qrToken, String imei, Double latitude,
                                   Double longitude, Double accuracyM, byte[] selfie, byte[] presenceImage,
                                   String deviceSignature) {
    public static AttendanceSubmission withCode(String code, String imei, double latitude, double longitude) {
        return new AttendanceSubmission(code, null, imei, latitude, longitude, null, null, null, null);
    }

    public AttendanceSubmission withSelfie(byte[] image) {
        return new AttendanceSubmission(sessionCode, qrToken, imei, latitude, longitude, accuracyM, image,
                presenceImage, deviceSignature);
    }

    public AttendanceSubmission withAccuracy(double meters) {
        return new AttendanceSubmission(sessionCode, qrToken, imei, latitude, longitude, meters, selfie,
                presenceImage, deviceSignature);
    }

    public AttendanceSubmission withSignature(String signature) {
        return new AttendanceSubmission(sessionCode, qrToken, imei, latitude, longitude, accuracyM, selfie,
                presenceImage, signature);
    }

    Multipart toMultipart() {
        return new Multipart()
                .field("session_code", sessionCode)
                .field("qr_token", qrToken)
                .field("imei", imei)
                .field("latitude", latitude)
                .field("longitude", longitude)
                .field("accuracy_m", accuracyM)
                .field("device_signature", deviceSignature)
                .file("selfie", "selfie.jpg", ImageTypes.sniff(selfie), selfie)
                .file("presence_image", "presence.jpg", ImageTypes.sniff(presenceImage), presenceImage);
    }
}

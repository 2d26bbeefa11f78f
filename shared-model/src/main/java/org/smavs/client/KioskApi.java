package org.smavs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskEnrollRequest;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;

/** /api/v1/kiosk. After {@link #enroll}, call {@link #useCredential} on the client the kiosk keeps. */
public final class KioskApi {
    /** Prefix of the Authorization header value kiosks send. */
    public static final String SCHEME = "Kiosk ";

    private final ApiClient client;

    KioskApi(ApiClient client) {
        this.client = client;
    }

    public KioskCredential enroll(String enrollmentCode, String name) {
        return client.postJson(ApiPaths.KIOSK_ENROLL, new KioskEnrollRequest(enrollmentCode, name),
                KioskCredential.class);
    }

    public void useCredential(KioskCredential credential) {
        client.useAuthorization(SCHEME + credential.token());
    }

    public KioskSession currentSession() {
        return client.get(ApiPaths.KIOSK_CURRENT_SESSION, KioskSession.class);
    }

    public CheckInChallenge start(StartCheckInRequest request) {
        return client.postJson(ApiPaths.KIOSK_CHECKIN_START, request, CheckInChallenge.class);
    }

    /** Sends the burst of JPEG frames captured while the student performed the challenge. */
    public AttendanceRecord complete(long checkinId, List<byte[]> jpegFrames) {
        Multipart form = new Multipart();
        for (int i = 0; i < jpegFrames.size(); i++) {
            form.file("frames", "frame-" + i + ".jpg", "image/jpeg", jpegFrames.get(i));
        }
        return client.postMultipart(ApiPaths.withId(ApiPaths.KIOSK_CHECKIN_COMPLETE, checkinId), form,
                AttendanceRecord.class, Map.of());
    }

    public List<OfflineResult> uploadOffline(OfflineBatch batch) {
        return client.postJson(ApiPaths.KIOSK_CHECKIN_OFFLINE, batch, new TypeReference<>() { });
    }
}

package org.smavs.kiosk.backend;

import java.time.Duration;
import java.util.List;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;

/** {@link KioskBackend} over the typed API client. */
public final class ApiKioskBackend implements KioskBackend {
    private final Duration timeout;
    private volatile ApiClient client;

    /** {@code timeout} bounds every request; a kiosk would rather go offline quickly than hang a student. */
    public ApiKioskBackend(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public KioskCredential enroll(String serverUrl, String enrollmentCode, String kioskName) {
        ApiClient fresh = new ApiClient(serverUrl, timeout);
        KioskCredential credential = fresh.kiosk().enroll(enrollmentCode, kioskName);
        fresh.kiosk().useCredential(credential);
        client = fresh;
        return credential;
    }

    @Override
    public void connect(String serverUrl, KioskCredential credential) {
        ApiClient fresh = new ApiClient(serverUrl, timeout);
        fresh.kiosk().useCredential(credential);
        client = fresh;
    }

    @Override
    public KioskSession currentSession() {
        return client().kiosk().currentSession();
    }

    @Override
    public CheckInChallenge start(StartCheckInRequest request) {
        return client().kiosk().start(request);
    }

    @Override
    public AttendanceRecord complete(long checkinId, List<byte[]> jpegFrames) {
        return client().kiosk().complete(checkinId, jpegFrames);
    }

    @Override
    public List<OfflineResult> uploadOffline(OfflineBatch batch) {
        return client().kiosk().uploadOffline(batch);
    }

    private ApiClient client() {
        ApiClient current = client;
        if (current == null) {
            throw new ApiException(401, null);
        }
        return current;
    }
}

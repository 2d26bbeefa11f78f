package org.smavs.kiosk.backend;

import java.util.List;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;

/**
 * Everything the kiosk asks of the SMAVS server. Blocking; callers run it off the FX thread. Failures are
 * {@link org.smavs.client.ApiException}s ({@code isUnreachable()} when no answer came).
 *
 * <p>An interface because there are two real implementations: the HTTP one in production and an
 * in-memory server double that the UI tests drive.
 */
public interface KioskBackend {

    /** Redeems a one-time enrolment code at {@code serverUrl}; afterwards this backend talks to that server. */
    KioskCredential enroll(String serverUrl, String enrollmentCode, String kioskName);

    /** Points this backend at an already enrolled server. */
    void connect(String serverUrl, KioskCredential credential);

    KioskSession currentSession();

    CheckInChallenge start(StartCheckInRequest request);

    AttendanceRecord complete(long checkinId, List<byte[]> jpegFrames);

    List<OfflineResult> uploadOffline(OfflineBatch batch);
}

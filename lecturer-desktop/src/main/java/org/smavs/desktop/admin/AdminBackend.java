package org.smavs.desktop.admin;

import java.util.List;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.UpdateRoomRequest;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.User;

/** What the Admin tab needs from the server (blocking calls; run them through the UiExecutor). */
public interface AdminBackend {
    List<User> users();

    User createUser(CreateUserRequest request);

    User updateUser(long userId, UpdateUserRequest request);

    /** Starts a background import of a students CSV; follow it with {@link #importJob}. */
    ImportJob startImport(String csv);

    ImportJob importJob(long jobId);

    /** Mails the user a one-time link to set a new password (an invitation when they never had one). */
    void sendPasswordResetLink(long userId);

    /** Removes a user's second factor (lost phone and recovery codes). */
    void resetTotp(long userId);

    List<ResetRequest> resetRequests();

    ResetRequest approveReset(long requestId);

    ResetRequest denyReset(long requestId, String note);

    List<Room> rooms();

    Room createRoom(CreateRoomRequest request);

    /** Fields left null keep their value; sessions already created keep the geofence they copied. */
    Room updateRoom(long roomId, UpdateRoomRequest request);

    List<Kiosk> kiosks();

    KioskEnrollmentCode createKiosk(CreateKioskRequest request);

    Kiosk revokeKiosk(long kioskId);

    KioskEnrollmentCode reissueKiosk(long kioskId);

    Analytics analytics();

    List<AuditEvent> audit();

    AuditVerification verifyAudit();

    Settings settings();

    Settings updateSettings(Settings settings);
}

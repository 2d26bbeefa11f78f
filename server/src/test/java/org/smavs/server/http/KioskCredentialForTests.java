package org.smavs.server.http;

import java.util.Optional;
import org.smavs.client.ApiClient;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;
import org.smavs.server.testing.TestServer;

/** Enrols a kiosk through the real admin and kiosk endpoints, when the server has them. */
final class KioskCredentialForTests {
    private KioskCredentialForTests() {
    }

    static Optional<String> create(TestServer server) {
        ApiClient admin = server.admin();
        try {
            Room room = admin.admin().rooms().get(0);
            KioskEnrollmentCode code = admin.admin().createKiosk(new CreateKioskRequest("RBAC kiosk", room.id()));
            return Optional.of(server.anonymous().kiosk().enroll(code.enrollmentCode(), "RBAC kiosk").token());
        } catch (org.smavs.client.ApiException e) {
            if (e.status() == 404) {
                return Optional.empty(); // kiosk endpoints not registered in this build
            }
            throw e;
        }
    }
}

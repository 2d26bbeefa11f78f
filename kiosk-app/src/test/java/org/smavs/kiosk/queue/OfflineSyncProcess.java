package org.smavs.kiosk.queue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.enrol.CredentialStore;
import org.smavs.kiosk.enrol.Enrolment;

/**
 * A kiosk's sync, alone in its own JVM, for the crash test: opens the kiosk's data directory the way the app
 * does (credential, queue key, queue) and uploads the queue until it is empty. Argument: the data directory.
 */
public final class OfflineSyncProcess {
    private OfflineSyncProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Enrolment enrolment = new CredentialStore(dataDir).load().orElseThrow();
        ApiKioskBackend backend = new ApiKioskBackend(Duration.ofSeconds(30));
        backend.connect(enrolment.serverUrl(), enrolment.credential());
        QueueCipher cipher = QueueCipher.fromKeyFile(dataDir.resolve("offline-queue.key"), new SecureRandom());
        try (OfflineQueue queue = OfflineQueue.open(dataDir, cipher)) {
            OfflineSync sync = new OfflineSync(queue, backend, 5);
            while (queue.size() > 0) {
                sync.syncOnce();
            }
        }
        System.out.println("queue empty");
    }
}

package org.smavs.kiosk.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.model.Json;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.session.Session;

/**
 * The last running session the server announced for this room, kept on disk so that a kiosk restarted while
 * the network is down (a power cut in the middle of a lecture) can still take offline check-ins until the
 * session's end; the server judges them when they sync, as it does every offline check-in. The rotating QR
 * is not kept: it cannot be renewed offline. Written only when the session changes, not on every poll. The file
 * names the kiosk and room it belongs to, so a kiosk enrolled again elsewhere never resumes another room's session.
 */
public final class LastSessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(LastSessionStore.class);

    /** What is written: whose session it is, and the session. */
    record Remembered(long kioskId, long roomId, KioskSession session) {
    }

    private final Path file;
    private final long kioskId;
    private final long roomId;
    private final ObjectMapper json = Json.strictMapper();
    private Session saved;

    public LastSessionStore(Path dataDir, long kioskId, long roomId) {
        this.file = dataDir.resolve("last-session.json");
        this.kioskId = kioskId;
        this.roomId = roomId;
    }

    /** The remembered session, if any could be read (its end time is for the caller to check). */
    public Optional<KioskSession> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Remembered remembered = json.readValue(Files.readAllBytes(file), Remembered.class);
            if (remembered.kioskId() != kioskId || remembered.roomId() != roomId) {
                return Optional.empty();
            }
            return Optional.ofNullable(remembered.session());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the remembered session in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers a running session (without its QR and live count). */
    public void remember(KioskSession running) {
        Session session = running.session();
        if (saved != null && saved.id() == session.id() && Objects.equals(saved.endsAt(), session.endsAt())
                && Objects.equals(saved.code(), session.code())) {
            return;
        }
        KioskSession kept = new KioskSession(session, null, running.courseName(), running.lecturerName(),
                running.roomName(), 0);
        try {
            OwnerOnlyFiles.writeAtomically(file, json.writeValueAsBytes(new Remembered(kioskId, roomId, kept)));
            saved = session;
        } catch (IOException e) {
            LOG.warn("Could not remember the running session in {}: {}", file, e.getMessage());
        }
    }

    /** Forgets the session: the server says nothing runs in the room, or this kiosk was revoked. */
    public void forget() {
        saved = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}

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
 * is not kept: it cannot be renewed offline. Written only when the session changes, not on every poll.
 */
public final class LastSessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(LastSessionStore.class);

    private final Path file;
    private final ObjectMapper json = Json.strictMapper();
    private Session saved;

    public LastSessionStore(Path dataDir) {
        this.file = dataDir.resolve("last-session.json");
    }

    /** The remembered session, if any could be read (its end time is for the caller to check). */
    public Optional<KioskSession> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Files.readAllBytes(file), KioskSession.class));
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
            OwnerOnlyFiles.writeAtomically(file, json.writeValueAsBytes(kept));
            saved = session;
        } catch (IOException e) {
            LOG.warn("Could not remember the running session in {}: {}", file, e.getMessage());
        }
    }

    /** Forgets the session once the server says nothing runs in the room. */
    public void forget() {
        saved = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}

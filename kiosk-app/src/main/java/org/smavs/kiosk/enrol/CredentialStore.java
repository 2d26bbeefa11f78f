package org.smavs.kiosk.enrol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's credential in {@code kiosk-credential.json} in the data directory, readable only by
 * the kiosk's OS user. The token itself is never logged.
 */
public final class CredentialStore {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);

    private final Path file;
    private final ObjectMapper json = Json.lenientMapper();

    public CredentialStore(Path dataDir) {
        this.file = dataDir.resolve("kiosk-credential.json");
    }

    /** Blocking file read; call it off the FX thread. Empty when not enrolled or the file is unreadable. */
    public Optional<Enrolment> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Enrolment.class));
        } catch (IOException e) {
            LOG.warn("The stored kiosk credential cannot be read ({}); the kiosk must be enrolled again",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public void save(Enrolment enrolment) throws IOException {
        OwnerOnlyFiles.ensureDirectory(file.getParent());
        OwnerOnlyFiles.writeAtomically(file, json.writeValueAsBytes(enrolment));
        LOG.info("Kiosk enrolled: {}", enrolment);
    }

    /** Forgets the credential (the server revoked it). */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    public Path file() {
        return file;
    }
}

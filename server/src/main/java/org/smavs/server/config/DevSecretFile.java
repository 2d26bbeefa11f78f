package org.smavs.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token secret of a development server started without SECRET_KEY: 48 random bytes generated on first
 * start and kept in {@code <data dir>/secret-key}, readable by its owner only, so tokens survive a restart and
 * no secret is ever a constant anyone can read in the source.
 */
final class DevSecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(DevSecretFile.class);
    static final String FILE_NAME = "secret-key";

    private DevSecretFile() {
    }

    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(dataDir, file);
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < TokenSettings.MIN_SECRET_LENGTH) {
                throw new IllegalStateException(file + " does not hold a usable secret; delete it to get a new one "
                        + "(everyone then signs in again)");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development secret " + file, e);
        }
    }

    private static void create(Path dataDir, Path file) throws IOException {
        Files.createDirectories(dataDir);
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file); // Windows: the data directory's own ACL applies
            }
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
            LOG.info("Generated a development token secret in {} (set SECRET_KEY to choose your own)", file);
        } catch (FileAlreadyExistsException anotherInstance) {
            // a second instance on the same data directory created it first: use theirs
        }
    }
}

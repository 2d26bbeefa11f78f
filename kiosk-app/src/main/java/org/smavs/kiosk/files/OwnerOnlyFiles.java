package org.smavs.kiosk.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the kiosk's OS user may read: the kiosk credential, the queue key and the queue itself.
 * Permissions are set at creation (not after writing), so there is no moment where a secret is readable
 * by others. On file systems without POSIX permissions (Windows) the OS defaults of the user's profile apply.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    public static Path ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (supportsPosix(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        return dir;
    }

    /** Creates {@code file} empty and owner-only if it does not exist yet. */
    public static Path createIfMissing(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(file));
        } catch (FileAlreadyExistsException alreadyThere) {
            // kept as is: it was created owner-only by an earlier run
        }
        return file;
    }

    /** Replaces {@code file} atomically with {@code content}: a crash leaves either the old or the new file. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, attributes(temp));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.toAbsolutePath().getParent());
    }

    /** Makes a rename durable; Linux needs the directory itself flushed. Best effort elsewhere. */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open directories as channels; NTFS journals the rename itself
        }
    }

    public static boolean isOwnerOnly(Path file) throws IOException {
        if (!supportsPosix(file)) {
            return true;
        }
        return Files.getPosixFilePermissions(file).stream()
                .noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }

    private static FileAttribute<?>[] attributes(Path file) {
        return supportsPosix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

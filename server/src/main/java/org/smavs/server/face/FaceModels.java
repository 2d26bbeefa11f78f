package org.smavs.server.face;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verified model directory: every {@link FaceModel} file is present and readable.
 *
 * <p>Files that differ from the reference checksums are accepted (operators may bring their own
 * compatible models) but logged, and the {@link #version()} string then says "custom" with a digest of
 * the set, so every stored embedding can be traced to the exact models that produced it. Embeddings from
 * different model versions must not be compared.
 */
public final class FaceModels {
    /** Version string reported when all six files are the reference files. */
    public static final String REFERENCE_VERSION = "faceplugin-face-recognition-js@0.0.1";

    private static final Logger log = LoggerFactory.getLogger(FaceModels.class);

    private final Path directory;
    private final Map<FaceModel, Path> files;
    private final String version;

    private FaceModels(Path directory, Map<FaceModel, Path> files, String version) {
        this.directory = directory;
        this.files = files;
        this.version = version;
    }

    /**
     * Locates and checksums all model files in {@code directory}.
     *
     * @throws FaceModelsUnavailableException naming the directory and the first missing file
     */
    public static FaceModels locate(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new FaceModelsUnavailableException("Face model directory " + dir
                    + " does not exist; run scripts/fetch-models.sh or set the model directory to one holding "
                    + fileList());
        }
        Map<FaceModel, Path> files = new EnumMap<>(FaceModel.class);
        MessageDigest setDigest = sha256();
        boolean allReference = true;
        for (FaceModel model : FaceModel.values()) {
            Path file = dir.resolve(model.fileName());
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new FaceModelsUnavailableException("Face model file " + model.fileName()
                        + " is missing or unreadable in " + dir + "; run scripts/fetch-models.sh or supply it");
            }
            String checksum = sha256Of(file);
            setDigest.update(checksum.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (!checksum.equals(model.referenceSha256())) {
                allReference = false;
                log.warn("Face model {} in {} is not the reference file (sha256 {}); using it as a custom model",
                        model.fileName(), dir, checksum);
            }
            files.put(model, file);
        }
        String version = allReference ? REFERENCE_VERSION
                : "custom-" + HexFormat.of().formatHex(setDigest.digest()).substring(0, 16);
        log.info("Face models loaded from {} (version {})", dir, version);
        return new FaceModels(dir, Map.copyOf(files), version);
    }

    public Path directory() {
        return directory;
    }

    public Path file(FaceModel model) {
        return files.get(model);
    }

    /** Identifies the model set; store it beside every embedding. */
    public String version() {
        return version;
    }

    private static String fileList() {
        StringBuilder names = new StringBuilder();
        for (FaceModel model : FaceModel.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(model.fileName());
        }
        return names.toString();
    }

    private static String sha256Of(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new FaceModelsUnavailableException("Cannot read face model file " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

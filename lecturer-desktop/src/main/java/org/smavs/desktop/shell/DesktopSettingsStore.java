package org.smavs.desktop.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the server address and the last email between runs, in a small properties file in the user's
 * config directory (readable, easy to delete, and tests point it at a temporary directory).
 */
public final class DesktopSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSettingsStore.class);
    private static final String SERVER_URL = "server.url";
    private static final String LAST_EMAIL = "last.email";

    private final Path file;

    public DesktopSettingsStore(Path file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/smavs/desktop.properties}, else {@code ~/.config/smavs/desktop.properties}. */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return base.resolve("smavs").resolve("desktop.properties");
    }

    public Optional<String> serverUrl() {
        return Optional.ofNullable(load().getProperty(SERVER_URL));
    }

    public Optional<String> lastEmail() {
        return Optional.ofNullable(load().getProperty(LAST_EMAIL));
    }

    /** Saves both values; a failure only costs the convenience, so it is logged, not shown. */
    public void remember(String serverUrl, String email) {
        Properties properties = load();
        properties.setProperty(SERVER_URL, serverUrl);
        properties.setProperty(LAST_EMAIL, email);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "SMAVS lecturer desktop");
            }
        } catch (IOException e) {
            LOG.warn("Cannot save desktop settings to {}: {}", file, e.toString());
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                LOG.warn("Cannot read desktop settings from {}: {}", file, e.toString());
            }
        }
        return properties;
    }
}

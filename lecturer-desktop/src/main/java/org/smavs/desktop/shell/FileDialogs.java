package org.smavs.desktop.shell;

import java.nio.file.Path;
import java.util.Optional;

/** Where to save or what to open. JavaFX file choosers in the app; fixed paths in UI tests. */
public interface FileDialogs {
    /** Asks where to save; {@code extension} without dot, e.g. "csv". Empty when the user cancels. */
    Optional<Path> chooseSaveTarget(String title, String suggestedName, String extension);

    /** Asks for a file to open with {@code extension}. Empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, String extension);
}

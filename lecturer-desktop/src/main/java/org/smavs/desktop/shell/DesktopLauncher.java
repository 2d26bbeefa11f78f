package org.smavs.desktop.shell;

import javafx.application.Application;

/**
 * Plain main class. It must not extend Application: the JavaFX launcher then refuses to start from the
 * class path, which is how jpackage and {@code java -jar} run the app.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}

package org.smavs.kiosk;

import javafx.application.Application;

/**
 * Plain main class (not an Application subclass) so the kiosk starts from a class-path jar and from
 * jpackage without the JavaFX launcher's module checks.
 */
public final class KioskLauncher {
    private KioskLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(KioskFxApplication.class, args);
    }
}

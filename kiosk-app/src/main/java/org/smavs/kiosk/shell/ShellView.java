package org.smavs.kiosk.shell;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * The window's content: the current screen above the status bar. Scales the root font with the window
 * height so the same layout reads well at 1024×768 and 1920×1080.
 */
public final class ShellView extends BorderPane {

    public ShellView(StatusViewModel status) {
        setId("shell");
        setBottom(new StatusBarView(status));
        heightProperty().addListener((obs, old, height) -> scaleFont(height.doubleValue()));
        scaleFont(768);
    }

    public void show(Node screen) {
        setCenter(screen);
    }

    private void scaleFont(double height) {
        double size = Math.max(14, Math.min(34, height / 38.0));
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }
}

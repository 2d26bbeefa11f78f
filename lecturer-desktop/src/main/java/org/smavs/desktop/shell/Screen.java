package org.smavs.desktop.shell;

import javafx.scene.Parent;

/** A view the shell shows in a tab or window; {@link #dispose()} removes what it registered. */
public interface Screen {
    Parent root();

    /** Called once, when the screen's tab or window closes: remove listeners, stop timers and sockets. */
    void dispose();
}

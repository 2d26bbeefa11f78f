package org.smavs.desktop.shell;

import javafx.scene.Parent;

/** A view the shell shows in a tab or window; {@link #dispose()} removes what it registered. */
public interface Screen {
    Parent root();

    /** Called once, when the screen's tab or window closes: remove listeners, stop timers and sockets. */
    void dispose();

    /**
     * Called each time the user comes back to the screen's tab: a list that loaded at sign-in must not claim
     * "no flagged records" while others checked in since. Screens that show server data reload here.
     */
    default void shown() {
    }
}

package org.smavs.desktop.shell;

import java.util.function.Supplier;

/** Lets a screen open another one without knowing about the shell's tabs and windows. */
public interface Navigator {
    /** Shows the tab with {@code key}, creating it from {@code screen} if it is not open yet. */
    void openTab(String key, String title, Supplier<Screen> screen);

    /** Opens {@code screen} in its own window (e.g. the projector view); disposed when the window closes. */
    void openWindow(String title, Screen screen, double width, double height);

    /** Shows the flag review with this record selected (from a roster's flagged row). */
    void reviewRecord(long recordId);
}

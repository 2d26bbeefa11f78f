package org.smavs.desktop.shell;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;

/** Style-class names of {@code smavs.css}; views use these constants, never inline styles. */
public final class Styles {
    private Styles() {
    }

    public static final String STATUS_BAR = "status-bar";
    public static final String SPINNER = "small-spinner";
    public static final String TEXT_DANGER = "text-danger";
    public static final String TEXT_SUCCESS = "text-success";
    public static final String TEXT_MUTED = "text-muted";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String CARD = "card";
    public static final String FIGURE = "figure";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FIGURE_LABEL = "figure-label";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String TOOLBAR = "screen-toolbar";
    public static final String BADGE = "badge";
    public static final String BADGE_REASON = "badge-reason";
    public static final String PROJECTOR = "projector";
    public static final String PROJECTOR_CODE = "projector-code";
    public static final String PROJECTOR_COUNT = "projector-count";
    public static final String PHOTO_FRAME = "photo-frame";
    public static final String SHORTCUT_HINT = "shortcut-hint";

    /** Style class for a status cell/badge, e.g. {@code status-flagged}; colours come from CSS tokens. */
    public static String statusClass(Enum<?> status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static String stylesheet() {
        URL css = Objects.requireNonNull(Styles.class.getResource("smavs.css"), "smavs.css");
        return css.toExternalForm();
    }
}

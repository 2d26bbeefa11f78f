package org.smavs.kiosk.session;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.smavs.kiosk.shell.Styles;

/** Shown when no class is running in the room: a clock big enough to read from the door, and the room. */
public final class IdleView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM");

    private final Clock clock;
    private final ZoneId zone;
    private final Label time = new Label();
    private final Label date = new Label();

    public IdleView(SessionViewModel model, Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        setId("idleScreen");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        setStyle("-fx-padding: 1em;");
        time.setId("idleClock");
        time.getStyleClass().add(Styles.IDLE_CLOCK);
        date.getStyleClass().addAll(Styles.TITLE_M, Styles.MUTED);
        Label room = new Label();
        room.setId("idleRoom");
        room.getStyleClass().add(Styles.TITLE_L);
        room.textProperty().bind(model.roomNameProperty());
        Label message = new Label();
        message.setId("idleMessage");
        message.getStyleClass().add(Styles.TITLE_M);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.reachableProperty().get()) {
                return "The server cannot be reached right now";
            }
            return model.stateProperty().get() == SessionState.LOADING ? "Looking for the current class…"
                    : "No class is running in this room right now";
        }, model.stateProperty(), model.reachableProperty()));
        Label hint = new Label("Check-in opens here when your lecturer starts the session.");
        hint.getStyleClass().addAll(Styles.TEXT_L, Styles.MUTED);
        for (Label label : new Label[] {room, message, hint}) {
            // a long room name or message wraps in the middle of the screen instead of running off its edges
            label.setWrapText(true);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setAlignment(Pos.CENTER);
            label.setMinHeight(USE_PREF_SIZE);
            label.setMaxWidth(900);
        }
        getChildren().addAll(time, date, room, message, hint);
        tick();
    }

    public void tick() {
        var now = clock.instant().atZone(zone);
        time.setText(TIME.format(now));
        date.setText(DATE.format(now));
    }
}

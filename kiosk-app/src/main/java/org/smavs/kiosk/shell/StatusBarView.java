package org.smavs.kiosk.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom of every screen: connection + queue, camera, kiosk name. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusViewModel model) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("statusBar");

        Label dot = new Label("●");
        dot.getStyleClass().add(Styles.STATUS_DOT);
        Label connection = new Label();
        connection.setId("connectionStatus");
        connection.textProperty().bind(model.connectionTextProperty());
        model.connectionProperty().addListener((obs, old, state) -> showState(dot, state));
        showState(dot, model.connectionProperty().get());

        Label camera = new Label();
        camera.setId("cameraStatus");
        camera.getStyleClass().add(Styles.STATUS_CAMERA);
        camera.textProperty().bind(model.cameraMessageProperty());
        model.cameraAvailableProperty().addListener((obs, old, available) ->
                Styles.choose(camera, available ? null : "missing", "missing"));
        Styles.choose(camera, model.cameraAvailableProperty().get() ? null : "missing", "missing");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label kiosk = new Label();
        kiosk.setId("kioskLabel");
        kiosk.getStyleClass().add(Styles.MUTED);
        kiosk.textProperty().bind(model.kioskLabelProperty());

        // the status must never be cut off; the spacer absorbs the shortage instead
        connection.setMinWidth(Region.USE_PREF_SIZE);
        camera.setMinWidth(Region.USE_PREF_SIZE);
        kiosk.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(dot, connection, camera, spacer, kiosk);
    }

    private static void showState(Label dot, ConnectionState state) {
        String style = switch (state) {
            case CONNECTED -> "connected";
            case OFFLINE -> "offline";
            default -> "connecting";
        };
        Styles.choose(dot, style, "connected", "offline", "connecting");
    }
}

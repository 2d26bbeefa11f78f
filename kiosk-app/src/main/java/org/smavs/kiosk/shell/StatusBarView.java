package org.smavs.kiosk.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The strip at the bottom of every screen: connection + queue, refused offline check-ins, camera, kiosk name. A
 * flow, not a row: at 1024×768 the texts may not fit on one line, and a second line is better than a cut word or a
 * screen pushed off the right edge.
 */
public final class StatusBarView extends FlowPane {

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
        HBox connectionItem = new HBox(8, dot, connection);
        connectionItem.setAlignment(Pos.CENTER_LEFT);

        Label refused = new Label();
        refused.setId("offlineRefused");
        refused.getStyleClass().add(Styles.STATUS_REFUSED);
        refused.textProperty().bind(model.refusedTextProperty());
        refused.visibleProperty().bind(model.refusedTextProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        // when and why, for the staff member who points at it; who it was stays in the server's audit log
        Tooltip details = new Tooltip();
        details.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.refusedDetails()), model.refusedDetails()));
        refused.setTooltip(details);

        Label camera = new Label();
        camera.setId("cameraStatus");
        camera.getStyleClass().add(Styles.STATUS_CAMERA);
        camera.textProperty().bind(model.cameraMessageProperty());
        model.cameraAvailableProperty().addListener((obs, old, available) ->
                Styles.choose(camera, available ? null : "missing", "missing"));
        Styles.choose(camera, model.cameraAvailableProperty().get() ? null : "missing", "missing");

        Label kiosk = new Label();
        kiosk.setId("kioskLabel");
        kiosk.getStyleClass().add(Styles.MUTED);
        kiosk.textProperty().bind(model.kioskLabelProperty());

        for (Label label : new Label[] {connection, refused, camera, kiosk}) {
            // a status is never shortened with "…": the flow moves it to the next line instead
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(connectionItem, refused, camera, kiosk);
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

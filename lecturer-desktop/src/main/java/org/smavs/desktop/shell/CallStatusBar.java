package org.smavs.desktop.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip under each screen: spinner while busy, the error sentence with Retry, or an info message. */
public final class CallStatusBar extends HBox {

    public CallStatusBar(CallStatus status) {
        getStyleClass().add(Styles.STATUS_BAR);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add(Styles.SPINNER);
        spinner.visibleProperty().bind(status.busyProperty());
        spinner.managedProperty().bind(status.busyProperty());

        Label message = new Label();
        message.setId("statusMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> status.error() != null ? status.error()
                        : status.isBusy() ? "Working…" : status.infoProperty().get(),
                status.errorProperty(), status.busyProperty(), status.infoProperty()));
        message.styleProperty().unbind();
        status.errorProperty().subscribe(error -> {
            message.getStyleClass().remove(Styles.TEXT_DANGER);
            if (error != null) {
                message.getStyleClass().add(Styles.TEXT_DANGER);
            }
        });

        Button retry = new Button("Retry");
        retry.setId("retryButton");
        retry.visibleProperty().bind(status.retryableProperty());
        retry.managedProperty().bind(status.retryableProperty());
        retry.setOnAction(event -> status.retry());

        getChildren().addAll(spinner, message, retry);
    }
}

package org.smavs.desktop.admin;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.Screen;

/** Form for the run-time settings. */
public final class SettingsView implements Screen {
    private final SettingsViewModel model;
    private final Parent root;

    @FXML private VBox content;
    @FXML private TextField faceField;
    @FXML private TextField livenessField;
    @FXML private TextField stepField;
    @FXML private TextField graceField;
    @FXML private TextField retentionField;
    @FXML private Button saveButton;
    @FXML private Button reloadButton;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        faceField.textProperty().bindBidirectional(model.faceThresholdProperty());
        livenessField.textProperty().bindBidirectional(model.livenessThresholdProperty());
        stepField.textProperty().bindBidirectional(model.qrStepSecondsProperty());
        graceField.textProperty().bindBidirectional(model.qrGraceStepsProperty());
        retentionField.textProperty().bindBidirectional(model.retentionDaysProperty());
        saveButton.disableProperty().bind(model.status().busyProperty());
        saveButton.setOnAction(event -> model.save());
        reloadButton.setOnAction(event -> model.load());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        faceField.textProperty().unbindBidirectional(model.faceThresholdProperty());
        livenessField.textProperty().unbindBidirectional(model.livenessThresholdProperty());
        stepField.textProperty().unbindBidirectional(model.qrStepSecondsProperty());
        graceField.textProperty().unbindBidirectional(model.qrGraceStepsProperty());
        retentionField.textProperty().unbindBidirectional(model.retentionDaysProperty());
    }
}

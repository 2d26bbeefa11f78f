package org.smavs.desktop.admin;

import java.time.OffsetDateTime;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.admin.ResetRequest;

/** Pending device resets with Approve / Deny (with note). */
public final class ResetRequestsView implements Screen {
    private final ResetRequestsViewModel model;
    private final Parent root;

    @FXML private VBox content;
    @FXML private Button refreshButton;
    @FXML private TableView<ResetRequest> table;
    @FXML private TableColumn<ResetRequest, String> nameColumn;
    @FXML private TableColumn<ResetRequest, String> emailColumn;
    @FXML private TableColumn<ResetRequest, String> oldColumn;
    @FXML private TableColumn<ResetRequest, String> newColumn;
    @FXML private TableColumn<ResetRequest, OffsetDateTime> createdColumn;
    @FXML private TextField noteField;
    @FXML private Button approveButton;
    @FXML private Button denyButton;

    public ResetRequestsView(ResetRequestsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        refreshButton.setOnAction(event -> model.load());
        nameColumn.setCellValueFactory(Cells.value(ResetRequest::fullName));
        emailColumn.setCellValueFactory(Cells.value(ResetRequest::userEmail));
        oldColumn.setCellValueFactory(Cells.value(ResetRequest::oldDevice));
        newColumn.setCellValueFactory(Cells.value(ResetRequest::newDevice));
        createdColumn.setCellValueFactory(Cells.value(ResetRequest::createdAt));
        createdColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        table.setItems(model.requests());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        // after a decision nothing is selected: the table must say so too, or the next row looks chosen while the
        // buttons stay disabled and clicking it changes nothing
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        noteField.textProperty().bindBidirectional(model.noteProperty());
        var none = model.selectedProperty().isNull().or(model.status().busyProperty());
        approveButton.disableProperty().bind(none);
        denyButton.disableProperty().bind(none);
        approveButton.setOnAction(event -> model.approve());
        denyButton.setOnAction(event -> model.deny());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        noteField.textProperty().unbindBidirectional(model.noteProperty());
    }
}

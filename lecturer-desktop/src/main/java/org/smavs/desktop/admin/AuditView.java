package org.smavs.desktop.admin;

import java.time.OffsetDateTime;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.admin.AuditEvent;

/** Audit events and the "Verify chain" check. */
public final class AuditView implements Screen {
    private final AuditViewModel model;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Button refreshButton;
    @FXML private Button verifyButton;
    @FXML private Label verdictLabel;
    @FXML private TableView<AuditEvent> table;
    @FXML private TableColumn<AuditEvent, Long> idColumn;
    @FXML private TableColumn<AuditEvent, OffsetDateTime> timeColumn;
    @FXML private TableColumn<AuditEvent, String> actorColumn;
    @FXML private TableColumn<AuditEvent, String> actionColumn;
    @FXML private TableColumn<AuditEvent, String> targetColumn;
    @FXML private TableColumn<AuditEvent, String> detailColumn;
    @FXML private javafx.scene.control.TextField filterField;

    public AuditView(AuditViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        refreshButton.setOnAction(event -> model.load());
        verifyButton.setOnAction(event -> model.verifyChain());
        verifyButton.disableProperty().bind(model.status().busyProperty());
        verdictLabel.textProperty().bind(model.verdictProperty());
        listeners.watch(model.verificationProperty(), result -> {
            verdictLabel.getStyleClass().removeAll(Styles.TEXT_SUCCESS, Styles.TEXT_DANGER);
            if (result != null) {
                verdictLabel.getStyleClass().add(result.valid() ? Styles.TEXT_SUCCESS : Styles.TEXT_DANGER);
            }
        });
        idColumn.setCellValueFactory(Cells.value(AuditEvent::id));
        timeColumn.setCellValueFactory(Cells.value(AuditEvent::occurredAt));
        timeColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        actorColumn.setCellValueFactory(Cells.value(AuditViewModel::actor));
        actionColumn.setCellValueFactory(Cells.value(AuditEvent::action));
        targetColumn.setCellValueFactory(Cells.value(AuditViewModel::target));
        filterField.textProperty().bindBidirectional(model.filterProperty());
        detailColumn.setCellValueFactory(Cells.value(AuditEvent::detail));
        table.setItems(model.events());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        verdictLabel.textProperty().unbind();
        filterField.textProperty().unbindBidirectional(model.filterProperty());
    }
}

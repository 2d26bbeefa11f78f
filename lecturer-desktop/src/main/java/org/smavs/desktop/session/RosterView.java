package org.smavs.desktop.session;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
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
import org.smavs.desktop.shell.Navigator;
import org.smavs.desktop.shell.Screen;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.Session;

/** Who has checked in to one session, updated live. */
public final class RosterView implements Screen {
    private final RosterViewModel model;
    private final Navigator navigator;
    private final Supplier<Screen> projectorScreen;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Label titleLabel;
    @FXML private Label detailLabel;
    @FXML private Label connectionLabel;
    @FXML private Label presentLabel;
    @FXML private Label flaggedLabel;
    @FXML private Label notCheckedInLabel;
    @FXML private Button projectorButton;
    @FXML private Button manualButton;
    @FXML private Button reloadButton;
    @FXML private TableView<AttendanceRecord> table;
    @FXML private TableColumn<AttendanceRecord, OffsetDateTime> timeColumn;
    @FXML private TableColumn<AttendanceRecord, String> nameColumn;
    @FXML private TableColumn<AttendanceRecord, String> numberColumn;
    @FXML private TableColumn<AttendanceRecord, AttendanceStatus> statusColumn;
    @FXML private TableColumn<AttendanceRecord, Collection<ReasonCode>> reasonsColumn;
    @FXML private TableColumn<AttendanceRecord, Integer> riskColumn;
    @FXML private TableColumn<AttendanceRecord, AttendanceSource> sourceColumn;

    public RosterView(RosterViewModel model, Navigator navigator, Supplier<Screen> projectorScreen) {
        this.model = model;
        this.navigator = navigator;
        this.projectorScreen = projectorScreen;
        this.root = Fxml.load(this);
        model.start();
    }

    @FXML
    private void initialize() {
        listeners.watch(model.sessionProperty(), this::showSession);
        listeners.watch(model.connectionStateProperty(), state -> {
            connectionLabel.getStyleClass().removeAll(Styles.TEXT_SUCCESS, Styles.TEXT_DANGER);
            connectionLabel.getStyleClass().add(state == LiveFeed.State.LIVE ? Styles.TEXT_SUCCESS : Styles.TEXT_DANGER);
        });
        connectionLabel.textProperty().bind(Bindings.concat("● ", model.connectionProperty()));
        presentLabel.textProperty().bind(Bindings.createStringBinding(() -> RosterViewModel.presentText(
                model.presentCount().get(), model.classList().size()), model.presentCount(), model.classList()));
        notCheckedInLabel.textProperty().bind(Bindings.createStringBinding(() -> RosterViewModel.notCheckedInText(
                model.notCheckedIn(), 8), model.notCheckedIn()));
        flaggedLabel.textProperty().bind(Bindings.concat(model.flaggedCount(), " flagged"));

        timeColumn.setCellValueFactory(Cells.value(AttendanceRecord::submittedAt));
        timeColumn.setCellFactory(Cells.time(Cells.TIME));
        nameColumn.setCellValueFactory(Cells.value(AttendanceRecord::studentName));
        numberColumn.setCellValueFactory(Cells.value(AttendanceRecord::studentNumber));
        statusColumn.setCellValueFactory(Cells.value(AttendanceRecord::status));
        statusColumn.setCellFactory(Cells.status());
        reasonsColumn.setCellValueFactory(Cells.value(AttendanceRecord::flags));
        reasonsColumn.setCellFactory(Cells.badges());
        riskColumn.setCellValueFactory(Cells.value(AttendanceRecord::riskScore));
        sourceColumn.setCellValueFactory(Cells.value(AttendanceRecord::source));
        sourceColumn.setCellFactory(Cells.formatted(AttendanceSource::wire));
        table.setItems(model.records());
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<AttendanceRecord> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()
                        && row.getItem().status() == org.smavs.model.attendance.AttendanceStatus.FLAGGED) {
                    navigator.reviewRecord(row.getItem().id());
                }
            });
            return row;
        });
        table.setTooltip(new javafx.scene.control.Tooltip("Double-click a flagged row to review it"));

        projectorButton.setOnAction(event -> navigator.openWindow("Projector — " + model.session().title(),
                projectorScreen.get(), 900, 900));
        manualButton.disableProperty().bind(model.status().busyProperty());
        manualButton.setOnAction(event -> model.loadStudents(students -> {
            ManualMarkDialog dialog = new ManualMarkDialog(model.session().title(), students);
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::markManually);
        }));
        reloadButton.setOnAction(event -> model.reload());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void showSession(Session session) {
        titleLabel.setText(session.title());
        detailLabel.setText("Code " + session.code() + " · " + session.status().wire() + " · until "
                + Cells.localTime(session.endsAt(), Cells.DATE_TIME)
                + (session.requireFace() ? " · face match required" : ""));
        boolean open = session.status() == org.smavs.model.session.SessionStatus.ACTIVE;
        projectorButton.setDisable(!open);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.stop();
        listeners.close();
        connectionLabel.textProperty().unbind();
        manualButton.disableProperty().unbind();
        presentLabel.textProperty().unbind();
        flaggedLabel.textProperty().unbind();
    }
}

package org.smavs.desktop.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smavs.desktop.report.CourseExportDialog;
import org.smavs.desktop.report.ExportControls;
import org.smavs.desktop.report.ExportViewModel;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Navigator;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/** Session list with filters and the actions on the selected session. */
public final class SessionsView implements Screen {
    private final SessionsViewModel model;
    private final ExportViewModel exports;
    private final Navigator navigator;
    private final Function<Session, Screen> rosterScreen;
    private final Clock clock;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private TextField filterField;
    @FXML private ChoiceBox<String> statusChoice;
    @FXML private Button newButton;
    @FXML private Button refreshButton;
    @FXML private TableView<Session> table;
    @FXML private TableColumn<Session, Long> idColumn;
    @FXML private TableColumn<Session, String> titleColumn;
    @FXML private TableColumn<Session, String> codeColumn;
    @FXML private TableColumn<Session, SessionStatus> statusColumn;
    @FXML private TableColumn<Session, OffsetDateTime> startColumn;
    @FXML private TableColumn<Session, OffsetDateTime> endColumn;
    @FXML private TableColumn<Session, Long> countColumn;
    @FXML private TableColumn<Session, Long> flaggedColumn;
    @FXML private Button rosterButton;
    @FXML private Button closeButton;
    @FXML private Button expireButton;
    @FXML private Button cancelButton;
    @FXML private Button regenerateButton;
    @FXML private HBox exportBox;
    @FXML private Button exportCourseButton;

    public SessionsView(SessionsViewModel model, ExportViewModel exports, Navigator navigator,
                        Function<Session, Screen> rosterScreen, Clock clock) {
        this.model = model;
        this.clock = clock;
        this.exports = exports;
        this.navigator = navigator;
        this.rosterScreen = rosterScreen;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(model.filterTextProperty());
        statusChoice.getItems().setAll(SessionsViewModel.statusChoices());
        statusChoice.valueProperty().bindBidirectional(model.statusFilterProperty());
        newButton.setOnAction(event -> createSession());
        refreshButton.setOnAction(event -> model.load());

        idColumn.setCellValueFactory(Cells.value(Session::id));
        titleColumn.setCellValueFactory(Cells.value(Session::title));
        codeColumn.setCellValueFactory(Cells.value(Session::code));
        statusColumn.setCellValueFactory(Cells.value(Session::status));
        statusColumn.setCellFactory(Cells.status());
        startColumn.setCellValueFactory(Cells.value(Session::startsAt));
        startColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        endColumn.setCellValueFactory(Cells.value(Session::endsAt));
        endColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        countColumn.setCellValueFactory(Cells.value(Session::attendanceCount));
        flaggedColumn.setCellValueFactory(Cells.value(Session::flaggedCount));
        table.setItems(model.visibleSessions());
        table.setRowFactory(view -> {
            TableRow<Session> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openRoster(row.getItem());
                }
            });
            return row;
        });
        // The table drives the selection; the model may also select (after create), so sync both ways.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        listeners.watch(model.selectedProperty(), now -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        var nothingSelected = Bindings.isNull(model.selectedProperty());
        var busy = model.status().busyProperty();
        rosterButton.disableProperty().bind(nothingSelected);
        rosterButton.setOnAction(event -> openRoster(model.selectedProperty().get()));
        closeButton.disableProperty().bind(model.selectedIsOpen().not().or(busy));
        closeButton.setOnAction(event -> confirmThen("Close this session now? Students can no longer check in.",
                model::closeSelected));
        expireButton.disableProperty().bind(model.selectedIsOpen().not().or(busy));
        expireButton.setOnAction(event -> confirmThen("Mark this session expired now?", model::expireSelected));
        cancelButton.disableProperty().bind(model.selectedIsScheduled().not().or(busy));
        cancelButton.setOnAction(event -> confirmThen("Cancel this session before it starts? Nobody can check in, "
                + "it is not counted as held and nobody is marked absent.", model::cancelSelected));
        regenerateButton.disableProperty().bind(model.selectedIsOpen().not().or(busy));
        regenerateButton.setOnAction(event -> confirmThen("Make a new code? The current code stops working at once.",
                model::regenerateSelected));

        exportBox.getChildren().add(new ExportControls(exports, model.selectedProperty(), nothingSelected));
        exportCourseButton.disableProperty().bind(exports.status().busyProperty());
        exportCourseButton.setOnAction(event -> exportCourse());
        content.getChildren().addAll(new CallStatusBar(model.status()), new CallStatusBar(exports.status()));
    }

    private void createSession() {
        CreateSessionDialog dialog = new CreateSessionDialog(model.openCourses(), model.rooms(), model::usualRoomOf);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(request -> model.create(request, created -> { }));
    }

    private void exportCourse() {
        CourseExportDialog dialog = new CourseExportDialog(model.courses(), clock);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(exports::exportCourse);
    }

    private void openRoster(Session session) {
        if (session != null) {
            navigator.openTab("roster-" + session.id(), "Roster: " + session.title(), () -> rosterScreen.apply(session));
        }
    }

    private void confirmThen(String question, Runnable action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> action.run());
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        // The table and model die together with this tab; only the bidirectional bindings hold the model.
        filterField.textProperty().unbindBidirectional(model.filterTextProperty());
        statusChoice.valueProperty().unbindBidirectional(model.statusFilterProperty());
        exportCourseButton.disableProperty().unbind();
    }
}

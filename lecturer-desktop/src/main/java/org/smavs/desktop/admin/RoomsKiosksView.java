package org.smavs.desktop.admin;

import java.time.OffsetDateTime;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Confirmation;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;

/** Rooms on the left, kiosks on the right; registering a kiosk shows its one-time enrolment code. */
public final class RoomsKiosksView implements Screen {
    private final RoomsKiosksViewModel model;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Button refreshButton;
    @FXML private Button newRoomButton;
    @FXML private Button newKioskButton;
    @FXML private Button editRoomButton;
    @FXML private Button revokeButton;
    @FXML private Button reissueButton;
    @FXML private TableView<Room> roomTable;
    @FXML private TableColumn<Room, String> roomNameColumn;
    @FXML private TableColumn<Room, String> buildingColumn;
    @FXML private TableColumn<Room, String> pointColumn;
    @FXML private TableColumn<Room, Double> radiusColumn;
    @FXML private TableView<Kiosk> kioskTable;
    @FXML private TableColumn<Kiosk, String> kioskNameColumn;
    @FXML private TableColumn<Kiosk, String> kioskRoomColumn;
    @FXML private TableColumn<Kiosk, String> kioskStatusColumn;
    @FXML private TableColumn<Kiosk, OffsetDateTime> lastSeenColumn;

    public RoomsKiosksView(RoomsKiosksViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        refreshButton.setOnAction(event -> model.load());
        newRoomButton.setOnAction(event -> {
            var dialog = AdminDialogs.createRoom();
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::createRoom);
        });
        editRoomButton.disableProperty().bind(model.selectedRoomProperty().isNull());
        editRoomButton.setOnAction(event -> {
            var dialog = AdminDialogs.editRoom(model.selectedRoomProperty().get());
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::updateSelectedRoom);
        });
        newKioskButton.setOnAction(event -> {
            var dialog = AdminDialogs.createKiosk(model.rooms());
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::createKiosk);
        });
        revokeButton.disableProperty().bind(model.selectedKioskProperty().isNull());
        revokeButton.setOnAction(event -> {
            if (confirmed("Revoke kiosk " + model.selectedKioskProperty().get().name() + "?",
                    "It stops checking students in at once. To use it again, give it a new code.", "Revoke")) {
                model.revokeSelected();
            }
        });
        reissueButton.disableProperty().bind(model.selectedKioskProperty().isNull());
        reissueButton.setOnAction(event -> {
            if (confirmed("New code for " + model.selectedKioskProperty().get().name() + "?",
                    "The kiosk's current sign-in stops working; enter the new code at the kiosk.", "Issue code")) {
                model.reissueSelected();
            }
        });

        roomNameColumn.setCellValueFactory(Cells.value(Room::name));
        buildingColumn.setCellValueFactory(Cells.value(Room::building));
        pointColumn.setCellValueFactory(Cells.value(room -> String.format(java.util.Locale.ROOT, "%.5f, %.5f",
                room.latitude(), room.longitude())));
        radiusColumn.setCellValueFactory(Cells.value(Room::radiusM));
        roomTable.setItems(model.rooms());
        roomTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedRoomProperty().set(now));
        model.selectedRoomProperty().addListener((obs, old, now) -> {
            if (now != null && roomTable.getSelectionModel().getSelectedItem() != now) {
                roomTable.getSelectionModel().select(now);
            }
        });

        kioskNameColumn.setCellValueFactory(Cells.value(Kiosk::name));
        kioskRoomColumn.setCellValueFactory(Cells.value(kiosk -> model.roomName(kiosk.roomId())));
        kioskStatusColumn.setCellValueFactory(Cells.value(Kiosk::status));
        lastSeenColumn.setCellValueFactory(Cells.value(Kiosk::lastSeenAt));
        lastSeenColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        kioskTable.setItems(model.kiosks());
        kioskTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedKioskProperty().set(now));
        // a kiosk replaced by the server's answer (new code, revoked) stays selected in the table too
        model.selectedKioskProperty().addListener((obs, old, now) -> {
            if (now != null && kioskTable.getSelectionModel().getSelectedItem() != now) {
                kioskTable.getSelectionModel().select(now);
            }
        });
        listeners.watch(model.issuedCodeProperty(), this::showCode);
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void showCode(KioskEnrollmentCode code) {
        if (code == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Kiosk enrolment code");
        alert.setHeaderText("Type this code into the kiosk “" + code.kiosk().name() + "”. It works once, until "
                + Cells.localTime(code.expiresAt(), Cells.DATE_TIME) + ".");
        TextField field = new TextField(code.enrollmentCode());
        field.setId("enrolmentCode");
        field.setEditable(false);
        field.getStyleClass().add(Styles.PROJECTOR_CODE);
        alert.getDialogPane().setContent(field);
        alert.show();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
    }

    /** Asks before an action that a kiosk in a classroom would feel at once. */
    private boolean confirmed(String question, String consequence, String action) {
        return Confirmation.ask(root.getScene().getWindow(), "Kiosk", question, consequence, action,
                "confirmKioskAction");
    }
}

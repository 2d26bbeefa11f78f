package org.smavs.desktop.admin;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.auth.Role;

/** The small create-forms of the Admin tab. */
final class AdminDialogs {
    private AdminDialogs() {
    }

    static FormDialog<CreateUserRequest> createUser() {
        FormDialog<CreateUserRequest> form = new FormDialog<>("New user", "Create an account");
        TextField email = form.text("newUserEmail", "Email", "name@university.edu");
        TextField name = form.text("newUserName", "Full name", "");
        ChoiceBox<Role> role = form.add("Role", new ChoiceBox<>());
        role.setId("newUserRole");
        role.getItems().setAll(Role.values());
        role.setValue(Role.STUDENT);
        PasswordField password = form.add("Password", new PasswordField());
        password.setId("newUserPassword");
        TextField number = form.text("newUserNumber", "Student number", "students only");
        form.complete("createUserOk", () -> {
            if (!email.getText().contains("@")) {
                return "Enter the user's email address.";
            }
            if (name.getText().isBlank()) {
                return "Enter the user's full name.";
            }
            return password.getText().length() < 8 ? "The password needs at least 8 characters." : null;
        }, () -> new CreateUserRequest(email.getText().strip(), password.getText(), name.getText().strip(),
                role.getValue(), number.getText().isBlank() ? null : number.getText().strip(), null),
                email.textProperty(), name.textProperty(), password.textProperty());
        return form;
    }

    /** A kiosk PIN for a student: 4 to 8 digits, typed twice (it is never shown again). */
    static FormDialog<String> setPin(String studentName) {
        FormDialog<String> form = new FormDialog<>("Kiosk PIN", "Set the kiosk PIN of " + studentName);
        PasswordField pin = form.add("PIN (4–8 digits)", new PasswordField());
        pin.setId("pinField");
        PasswordField repeat = form.add("PIN again", new PasswordField());
        repeat.setId("pinRepeatField");
        form.complete("setPinOk", () -> pinProblem(pin.getText(), repeat.getText()), pin::getText,
                pin.textProperty(), repeat.textProperty());
        return form;
    }

    static String pinProblem(String pin, String repeat) {
        if (!pin.matches("[0-9]{4,8}")) {
            return "The PIN is 4 to 8 digits.";
        }
        return pin.equals(repeat) ? null : "The two PINs differ.";
    }

    static FormDialog<CreateRoomRequest> createRoom() {
        FormDialog<CreateRoomRequest> form = new FormDialog<>("New room", "Add a room and its check-in area");
        TextField name = form.text("roomName", "Name", "e.g. LT-2");
        TextField building = form.text("roomBuilding", "Building", "optional");
        TextField latitude = form.text("roomLatitude", "Latitude", "e.g. 51.7548");
        TextField longitude = form.text("roomLongitude", "Longitude", "e.g. -1.2544");
        TextField radius = form.text("roomRadius", "Radius (m)", "e.g. 60");
        form.complete("createRoomOk", () -> {
            if (name.getText().isBlank()) {
                return "Give the room a name.";
            }
            Double lat = FormDialog.number(latitude);
            Double lon = FormDialog.number(longitude);
            Double r = FormDialog.number(radius);
            if (lat == null || lat < -90 || lat > 90 || lon == null || lon < -180 || lon > 180) {
                return "Latitude must be between -90 and 90 and longitude between -180 and 180.";
            }
            return r == null || r <= 0 ? "Give the check-in radius in metres." : null;
        }, () -> new CreateRoomRequest(name.getText().strip(), building.getText().isBlank() ? null : building.getText().strip(),
                FormDialog.number(latitude), FormDialog.number(longitude), FormDialog.number(radius)),
                name.textProperty(), latitude.textProperty(), longitude.textProperty(), radius.textProperty());
        return form;
    }

    static FormDialog<CreateKioskRequest> createKiosk(List<Room> rooms) {
        FormDialog<CreateKioskRequest> form = new FormDialog<>("Register kiosk",
                "Register a kiosk; you will get a one-time enrolment code to type into it");
        TextField name = form.text("kioskName", "Name", "e.g. LT-2 entrance");
        ComboBox<Room> room = form.add("Room", new ComboBox<>());
        room.setId("kioskRoom");
        room.getItems().setAll(rooms);
        room.setConverter(new StringConverter<>() {
            @Override
            public String toString(Room value) {
                return value == null ? "" : value.name() + (value.building() == null ? "" : ", " + value.building());
            }

            @Override
            public Room fromString(String text) {
                return null;
            }
        });
        form.complete("createKioskOk", () -> name.getText().isBlank() ? "Give the kiosk a name."
                        : room.getValue() == null ? "Choose the room the kiosk stands in." : null,
                () -> new CreateKioskRequest(name.getText().strip(), room.getValue().id()),
                name.textProperty(), room.valueProperty());
        return form;
    }

    /** Asks before an action people would feel at once; true when {@code action} was chosen. */
    static boolean confirm(javafx.stage.Window owner, String title, String question, String consequence, String action,
                           String buttonId) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(action,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, consequence, yes, javafx.scene.control.ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.getDialogPane().lookupButton(yes).setId(buttonId);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}

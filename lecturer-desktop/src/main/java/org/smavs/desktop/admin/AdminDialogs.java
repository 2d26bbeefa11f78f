package org.smavs.desktop.admin;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.UpdateRoomRequest;
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
        RoomFields fields = RoomFields.on(form, null);
        form.complete("createRoomOk", fields::problem, () -> new CreateRoomRequest(fields.name(), fields.building(),
                fields.latitude(), fields.longitude(), fields.radius()), fields.inputs());
        return form;
    }

    /** The same fields, filled in; the header says what an edit does not change. */
    static FormDialog<UpdateRoomRequest> editRoom(Room room) {
        FormDialog<UpdateRoomRequest> form = new FormDialog<>("Edit room", "Edit the room " + room.name());
        RoomFields fields = RoomFields.on(form, room);
        form.note("editRoomNote", "Sessions already created keep the check-in area they were given; sessions "
                + "created from now on (also by a weekly meeting) use the new one.");
        form.complete("editRoomOk", fields::problem, () -> new UpdateRoomRequest(fields.name(), fields.building(),
                fields.latitude(), fields.longitude(), fields.radius()), fields.inputs());
        return form;
    }

    /** Name, building, point and radius of a room, checked together. */
    private record RoomFields(TextField nameField, TextField buildingField, TextField latitudeField,
                              TextField longitudeField, TextField radiusField) {
        static RoomFields on(FormDialog<?> form, Room room) {
            RoomFields fields = new RoomFields(form.text("roomName", "Name", "e.g. LT-2"),
                    form.text("roomBuilding", "Building", "optional"),
                    form.text("roomLatitude", "Latitude", "e.g. 51.7548"),
                    form.text("roomLongitude", "Longitude", "e.g. -1.2544"),
                    form.text("roomRadius", "Radius (m)", "e.g. 60"));
            if (room != null) {
                fields.nameField.setText(room.name());
                fields.buildingField.setText(room.building() == null ? "" : room.building());
                fields.latitudeField.setText(plain(room.latitude()));
                fields.longitudeField.setText(plain(room.longitude()));
                fields.radiusField.setText(plain(room.radiusM()));
            }
            return fields;
        }

        String problem() {
            if (nameField.getText().isBlank()) {
                return "Give the room a name.";
            }
            Double lat = latitude();
            Double lon = longitude();
            Double r = radius();
            if (lat == null || lat < -90 || lat > 90 || lon == null || lon < -180 || lon > 180) {
                return "Latitude must be between -90 and 90 and longitude between -180 and 180.";
            }
            return r == null || r <= 0 ? "Give the check-in radius in metres." : null;
        }

        String name() { return nameField.getText().strip(); }
        String building() { return buildingField.getText().isBlank() ? null : buildingField.getText().strip(); }
        Double latitude() { return FormDialog.number(latitudeField); }
        Double longitude() { return FormDialog.number(longitudeField); }
        Double radius() { return FormDialog.number(radiusField); }

        javafx.beans.Observable[] inputs() {
            return new javafx.beans.Observable[] {nameField.textProperty(), latitudeField.textProperty(),
                    longitudeField.textProperty(), radiusField.textProperty()};
        }

        /** 60.0 as "60", 51.7548 as is. */
        private static String plain(double value) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    static FormDialog<CreateKioskRequest> createKiosk(List<Room> rooms) {
        FormDialog<CreateKioskRequest> form = new FormDialog<>("Register kiosk",
                "Register a kiosk; you will get a one-time enrolment code to type into it");
        TextField name = form.text("kioskName", "Name", "e.g. LT-2 entrance");
        ComboBox<Room> room = form.add("Room", new ComboBox<>());
        room.setId("kioskRoom");
        room.getItems().setAll(rooms);
        room.setConverter(FormDialog.named(value -> value.name() + (value.building() == null ? "" : ", "
                + value.building()), ""));
        form.complete("createKioskOk", () -> name.getText().isBlank() ? "Give the kiosk a name."
                        : room.getValue() == null ? "Choose the room the kiosk stands in." : null,
                () -> new CreateKioskRequest(name.getText().strip(), room.getValue().id()),
                name.textProperty(), room.valueProperty());
        return form;
    }
}

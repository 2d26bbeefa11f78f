package org.smavs.desktop.admin;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.UpdateRoomRequest;

/** Rooms (with their geofence) and the kiosks placed in them. */
public final class RoomsKiosksViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final ObservableList<Room> rooms = FXCollections.observableArrayList();
    private final ObservableList<Kiosk> kiosks = FXCollections.observableArrayList();
    private final ObjectProperty<Kiosk> selectedKiosk = new SimpleObjectProperty<>();
    private final ObjectProperty<Room> selectedRoom = new SimpleObjectProperty<>();
    private final ObjectProperty<KioskEnrollmentCode> issuedCode = new SimpleObjectProperty<>();

    public RoomsKiosksViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
    }

    public void load() {
        status.load("load rooms and kiosks", () -> new Lists(backend.rooms(), backend.kiosks()), lists -> {
            rooms.setAll(lists.rooms());
            kiosks.setAll(lists.kiosks());
        });
    }

    public void createRoom(CreateRoomRequest request) {
        status.change("create the room", () -> backend.createRoom(request), room -> {
            rooms.add(room);
            status.inform("Room " + room.name() + " created.");
        });
    }

    /** Renames or moves the selected room; sessions already created keep the geofence they copied. */
    public void updateSelectedRoom(UpdateRoomRequest request) {
        Room target = selectedRoom.get();
        if (target != null) {
            status.change("change the room", () -> backend.updateRoom(target.id(), request), room -> {
                rooms.replaceAll(old -> old.id() == room.id() ? room : old);
                selectedRoom.set(room);
                status.inform("Room " + room.name() + " saved. Sessions created from now on use its new area.");
            });
        }
    }

    public void createKiosk(CreateKioskRequest request) {
        status.change("register the kiosk", () -> backend.createKiosk(request), code -> {
            kiosks.add(code.kiosk());
            issuedCode.set(code);
            status.inform("Kiosk " + code.kiosk().name() + " registered. Enrolment code: " + code.enrollmentCode());
        });
    }

    public void revokeSelected() {
        Kiosk target = selectedKiosk.get();
        if (target != null) {
            status.change("revoke the kiosk", () -> backend.revokeKiosk(target.id()), revoked -> {
                kiosks.replaceAll(kiosk -> kiosk.id() == revoked.id() ? revoked : kiosk);
                selectedKiosk.set(revoked);
                status.inform("Kiosk " + revoked.name() + " revoked; it can no longer check students in.");
            });
        }
    }

    /** A new enrolment code for the selected kiosk (re-installed or replaced); the old credential stops working. */
    public void reissueSelected() {
        Kiosk target = selectedKiosk.get();
        if (target != null) {
            status.change("issue a new code", () -> backend.reissueKiosk(target.id()), code -> {
                kiosks.replaceAll(kiosk -> kiosk.id() == code.kiosk().id() ? code.kiosk() : kiosk);
                selectedKiosk.set(code.kiosk()); // the same kiosk stays chosen
                issuedCode.set(code);
                status.inform("New enrolment code for " + code.kiosk().name() + ": " + code.enrollmentCode()
                        + " (type it at the kiosk; its old sign-in no longer works).");
            });
        }
    }

    public String roomName(long roomId) {
        return rooms.stream().filter(room -> room.id() == roomId).map(Room::name).findFirst().orElse("room " + roomId);
    }

    public CallStatus status() { return status; }
    public ObservableList<Room> rooms() { return rooms; }
    public ObservableList<Kiosk> kiosks() { return kiosks; }
    public ObjectProperty<Kiosk> selectedKioskProperty() { return selectedKiosk; }
    public ObjectProperty<Room> selectedRoomProperty() { return selectedRoom; }
    public ReadOnlyObjectProperty<KioskEnrollmentCode> issuedCodeProperty() { return issuedCode; }

    private record Lists(List<Room> rooms, List<Kiosk> kiosks) {
    }
}

package org.smavs.server.room;

import java.util.ArrayList;
import java.util.List;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.UpdateRoomRequest;
import org.smavs.server.error.NotFoundException;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;

/** Rooms and their geofences. */
public final class RoomService {
    private final Database database;
    private final AuditLog audit;

    public RoomService(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public List<Room> list() {
        return database.inTransaction(session -> session.createSelectionQuery("from RoomEntity r order by r.name",
                RoomEntity.class).getResultList().stream().map(RoomEntity::toModel).toList());
    }

    public Room create(CreateRoomRequest request, Actor actor) {
        double radius = request.radiusM() == null ? 50 : request.radiusM();
        check(request.name(), request.latitude(), request.longitude(), radius);
        return database.inTransaction(session -> {
            RoomEntity room = new RoomEntity(request.name().trim(), request.building(), request.latitude(),
                    request.longitude(), radius);
            session.persist(room);
            session.flush();
            audit.record(session, actor, "room.create", "room", room.getId(), room.getName());
            return room.toModel();
        });
    }

    /**
     * Changes what the request names. Sessions copied the geofence when they were created, so only sessions
     * created from now on (a weekly meeting's future ones included) use the new place.
     */
    public Room update(long roomId, UpdateRoomRequest request, Actor actor) {
        return database.inTransaction(session -> {
            RoomEntity room = session.find(RoomEntity.class, roomId);
            if (room == null) {
                throw new NotFoundException("No room with id " + roomId);
            }
            Room old = room.toModel();
            String name = request.name() == null ? old.name() : request.name();
            double latitude = request.latitude() == null ? old.latitude() : request.latitude();
            double longitude = request.longitude() == null ? old.longitude() : request.longitude();
            double radius = request.radiusM() == null ? old.radiusM() : request.radiusM();
            check(name, latitude, longitude, radius);
            room.change(name.trim(), request.building() == null ? old.building() : request.building(), latitude,
                    longitude, radius);
            audit.record(session, actor, "room.update", "room", roomId, room.getName());
            return room.toModel();
        });
    }

    private static void check(String name, Double latitude, Double longitude, double radius) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (latitude == null || latitude < -90 || latitude > 90) {
            errors.add(new FieldError("latitude", "is required, between -90 and 90"));
        }
        if (longitude == null || longitude < -180 || longitude > 180) {
            errors.add(new FieldError("longitude", "is required, between -180 and 180"));
        }
        if (radius < 5 || radius > 5000) {
            errors.add(new FieldError("radius_m", "must be between 5 and 5000 metres"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

package org.smavs.server.room;

import java.util.ArrayList;
import java.util.List;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.Room;
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
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (request.latitude() == null || request.latitude() < -90 || request.latitude() > 90) {
            errors.add(new FieldError("latitude", "is required, between -90 and 90"));
        }
        if (request.longitude() == null || request.longitude() < -180 || request.longitude() > 180) {
            errors.add(new FieldError("longitude", "is required, between -180 and 180"));
        }
        double radius = request.radiusM() == null ? 50 : request.radiusM();
        if (radius < 5 || radius > 5000) {
            errors.add(new FieldError("radius_m", "must be between 5 and 5000 metres"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(session -> {
            RoomEntity room = new RoomEntity(request.name().trim(), request.building(), request.latitude(),
                    request.longitude(), radius);
            session.persist(room);
            session.flush();
            audit.record(session, actor, "room.create", "room", room.getId(), room.getName());
            return room.toModel();
        });
    }
}

package org.smavs.server.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.smavs.model.admin.Room;

/** A teaching room with its geofence (centre and radius). */
@Entity
@Table(name = "rooms")
public class RoomEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    private String building;
    @Column(nullable = false)
    private double latitude;
    @Column(nullable = false)
    private double longitude;
    @Column(name = "radius_m", nullable = false)
    private double radiusM;

    protected RoomEntity() {
    }

    public RoomEntity(String name, String building, double latitude, double longitude, double radiusM) {
        this.name = name;
        this.building = building;
        this.latitude = latitude;
        this.longitude = longitude;
        this.radiusM = radiusM;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Replaces every field; the caller has checked the values. */
    public void change(String name, String building, double latitude, double longitude, double radiusM) {
        this.name = name;
        this.building = building;
        this.latitude = latitude;
        this.longitude = longitude;
        this.radiusM = radiusM;
    }

    public Room toModel() {
        return new Room(id, name, building, latitude, longitude, radiusM);
    }
}

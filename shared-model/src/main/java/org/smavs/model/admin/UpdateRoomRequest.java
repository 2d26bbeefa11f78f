package org.smavs.model.admin;

/**
 * PATCH of a room: fields left out (null) keep their value. Sessions already created keep the geofence they copied;
 * sessions a weekly meeting creates from now on use the new one.
 */
public record UpdateRoomRequest(String name, String building, Double latitude, Double longitude, Double radiusM) {
}

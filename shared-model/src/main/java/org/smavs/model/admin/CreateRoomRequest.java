package org.smavs.model.admin;

public record CreateRoomRequest(String name, String building, Double latitude, Double longitude, Double radiusM) {
}

package org.smavs.model.admin;

public record Room(long id, String name, String building, double latitude, double longitude, double radiusM) {
}

package org.smavs.model.admin;

public record NoteRequest(String note) {
}

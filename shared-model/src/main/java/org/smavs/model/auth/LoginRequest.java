package org.smavs.model.auth;

public record LoginRequest(String email, String password) {
}

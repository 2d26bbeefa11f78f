package org.smavs.model.auth;

/** POST /auth/register. {@code role} defaults to student; other roles need an admin caller. */
public record RegisterRequest(String email, String password, String fullName, Role role, String studentNumber) {
    public RegisterRequest(String email, String password, String fullName) {
        this(email, password, fullName, null, null);
    }
}

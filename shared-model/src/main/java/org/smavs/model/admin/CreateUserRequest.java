package org.smavs.model.admin;

import org.smavs.model.auth.Role;

public record CreateUserRequest(String email, String password, String fullName, Role role, String studentNumber,
                                String pin) {
}

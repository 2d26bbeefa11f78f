package org.smavs.model.admin;

import org.smavs.model.auth.Role;

/** PATCH /admin/users/{id}: any field left null is unchanged. */
public record UpdateUserRequest(Boolean isActive, Role role, String fullName, String studentNumber, String pin) {
}

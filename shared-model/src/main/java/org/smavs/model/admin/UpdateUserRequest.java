package org.smavs.model.admin;

import org.smavs.model.auth.Role;

/** PATCH /admin/users/{id}: any field left null is unchanged. {@code ssoOnly}: refuse password sign-in. */
public record UpdateUserRequest(Boolean isActive, Role role, String fullName, String studentNumber, String pin,
                                Boolean ssoOnly) {

    public UpdateUserRequest(Boolean isActive, Role role, String fullName, String studentNumber, String pin) {
        this(isActive, role, fullName, studentNumber, pin, null);
    }
}

package org.smavs.model.auth;

import java.time.OffsetDateTime;

/**
 * An account as the API shows it. {@code ssoOnly}: signs in only through the institution's single sign-on
 * (password sign-in refused); {@code totpEnabled}: password sign-in asks for a second factor;
 * {@code emailNotifications}: the user gets SMAVS's notification mails (below-threshold warnings, excuse decisions,
 * the staff's daily digest); account mails such as password links are always sent.
 */
public record User(long id, String email, String fullName, Role role, boolean isActive, String studentNumber,
                   OffsetDateTime createdAt, boolean faceEnrolled, boolean deviceBound, boolean ssoOnly,
                   boolean totpEnabled, boolean emailNotifications) {

    public User(long id, String email, String fullName, Role role, boolean isActive, String studentNumber,
                OffsetDateTime createdAt, boolean faceEnrolled, boolean deviceBound, boolean ssoOnly,
                boolean totpEnabled) {
        this(id, email, fullName, role, isActive, studentNumber, createdAt, faceEnrolled, deviceBound, ssoOnly,
                totpEnabled, true);
    }

    /** An account without single sign-on restriction or second factor. */
    public User(long id, String email, String fullName, Role role, boolean isActive, String studentNumber,
                OffsetDateTime createdAt, boolean faceEnrolled, boolean deviceBound) {
        this(id, email, fullName, role, isActive, studentNumber, createdAt, faceEnrolled, deviceBound, false, false);
    }
}

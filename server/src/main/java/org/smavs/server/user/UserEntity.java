package org.smavs.server.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.smavs.model.auth.Role;

@Entity
@Table(name = "users")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String email;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "is_active", nullable = false)
    private boolean active;
    @Column(name = "student_number")
    private String studentNumber;
    /** False while the number is only a self-registered student's claim; the registry's numbers are verified. */
    @Column(name = "student_number_verified", nullable = false)
    private boolean studentNumberVerified = true;
    @Column(name = "pin_hash")
    private String pinHash;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sso_only", nullable = false)
    private boolean ssoOnly;
    /** Notification mails (below threshold, excuse decided, daily digest); account mails are always sent. */
    @Column(name = "email_notifications", nullable = false)
    private boolean emailNotifications = true;
    /** Sealed with {@code SecretBox}; set while enrolling, kept once enabled. */
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;
    /** The last 30-second step a code was accepted for: a code works once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected UserEntity() {
    }

    public UserEntity(String email, String passwordHash, String fullName, Role role, String studentNumber,
                      Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.studentNumber = studentNumber;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public boolean isStudentNumberVerified() {
        return studentNumberVerified;
    }

    /** {@code verified}: the registry (an import or an administrator) gave it, rather than the student's own claim. */
    public void setStudentNumber(String studentNumber, boolean verified) {
        this.studentNumber = studentNumber;
        this.studentNumberVerified = verified || studentNumber == null;
    }

    public void setStudentNumber(String studentNumber) {
        setStudentNumber(studentNumber, true);
    }

    public String getPinHash() {
        return pinHash;
    }

    public void setPinHash(String pinHash) {
        this.pinHash = pinHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean wantsEmailNotifications() {
        return emailNotifications;
    }

    public void setEmailNotifications(boolean emailNotifications) {
        this.emailNotifications = emailNotifications;
    }

    public boolean isSsoOnly() {
        return ssoOnly;
    }

    public void setSsoOnly(boolean ssoOnly) {
        this.ssoOnly = ssoOnly;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    public void setTotpEnabledAt(Instant totpEnabledAt) {
        this.totpEnabledAt = totpEnabledAt;
    }

    public boolean isTotpEnabled() {
        return totpEnabledAt != null;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public void setTotpLastStep(Long totpLastStep) {
        this.totpLastStep = totpLastStep;
    }
}

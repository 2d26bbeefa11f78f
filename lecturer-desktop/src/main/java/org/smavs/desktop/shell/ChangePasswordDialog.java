package org.smavs.desktop.shell;

import javafx.scene.control.PasswordField;
import org.smavs.model.auth.ChangePasswordRequest;

/** Current password, the new one twice; OK only when they agree and the new one is long enough. */
final class ChangePasswordDialog {
    private ChangePasswordDialog() {
    }

    static FormDialog<ChangePasswordRequest> create() {
        FormDialog<ChangePasswordRequest> form = new FormDialog<>("Change password",
                "Your other sign-ins (other computers, phones) will be signed out");
        PasswordField current = form.add("Current password", new PasswordField());
        current.setId("currentPassword");
        PasswordField fresh = form.add("New password", new PasswordField());
        fresh.setId("newPassword");
        PasswordField repeat = form.add("New password again", new PasswordField());
        repeat.setId("repeatPassword");
        form.complete("changePasswordOk", () -> problem(current.getText(), fresh.getText(), repeat.getText()),
                () -> new ChangePasswordRequest(current.getText(), fresh.getText()),
                current.textProperty(), fresh.textProperty(), repeat.textProperty());
        return form;
    }

    /** What keeps the form from being sent, in words; null when it may be sent. */
    static String problem(String current, String fresh, String repeat) {
        if (current.isEmpty()) {
            return "Enter your current password.";
        }
        if (fresh.length() < 8) {
            return "The new password needs at least 8 characters.";
        }
        if (!fresh.equals(repeat)) {
            return "The two new passwords differ.";
        }
        return fresh.equals(current) ? "The new password is the same as the current one." : null;
    }
}

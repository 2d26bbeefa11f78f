package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangePasswordDialogTest {

    @Test
    void theFormSaysWhatIsMissingUntilItMaySendTheChange() {
        assertThat(ChangePasswordDialog.problem("", "", "")).isEqualTo("Enter your current password.");
        assertThat(ChangePasswordDialog.problem("old-password", "short", "short")).contains("at least 8");
        assertThat(ChangePasswordDialog.problem("old-password", "new-password-1", "new-password-2")).contains("differ");
        assertThat(ChangePasswordDialog.problem("same-password", "same-password", "same-password")).contains("same");
        assertThat(ChangePasswordDialog.problem("old-password", "new-password-1", "new-password-1")).isNull();
    }
}

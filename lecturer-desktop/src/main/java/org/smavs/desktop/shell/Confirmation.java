package org.smavs.desktop.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before an action people would feel at once (a kiosk revoked, a student taken off a course). The button
 * says the action, not "OK", so nobody confirms by reflex.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /** True when {@code action} was chosen; {@code buttonId} lets UI tests press it. */
    public static boolean ask(Window owner, String title, String question, String consequence, String action,
                              String buttonId) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.getDialogPane().lookupButton(yes).setId(buttonId);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}

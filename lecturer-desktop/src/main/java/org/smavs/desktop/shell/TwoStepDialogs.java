package org.smavs.desktop.shell;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.smavs.model.auth.TotpSetup;

/** The dialogs of two-step sign-in: scan and confirm, the recovery codes (shown once), switching it off. */
final class TwoStepDialogs {
    private TwoStepDialogs() {
    }

    /** The QR code and the secret to type by hand; OK once a 6-digit code is typed. Answers the code. */
    static FormDialog<String> setUp(TotpSetup setup) {
        FormDialog<String> form = new FormDialog<>("Two-step sign-in", "Scan the code with an authenticator app "
                + "(e.g. Microsoft or Google Authenticator), then type the 6-digit code it shows");
        ImageView qr = new ImageView(new Image(new ByteArrayInputStream(Base64.getDecoder().decode(setup.qrPng()))));
        qr.setId("totpQr");
        qr.setFitWidth(200);
        qr.setPreserveRatio(true);
        form.add("QR code", qr);
        TextField secret = form.add("Or type this key", new TextField(setup.secret()));
        secret.setEditable(false);
        secret.setId("totpSecret");
        TextField code = form.add("Code from the app", new TextField());
        code.setId("totpCode");
        code.setPromptText("123456");
        form.complete("enableTotpOk", () -> code.getText().strip().matches("\\d{6}") ? null
                : "Type the 6-digit code the app shows.", () -> code.getText().strip(), code.textProperty());
        return form;
    }

    /** The recovery codes, once: each works once when the phone is not at hand. */
    static Alert recoveryCodes(List<String> codes) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Two-step sign-in is on");
        alert.setHeaderText("Keep these recovery codes somewhere safe");
        TextArea text = new TextArea("Each code works once, when your phone is not at hand.\n\n"
                + String.join("\n", codes));
        text.setId("recoveryCodes");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(14);
        alert.getDialogPane().setContent(text);
        return alert;
    }

    /** The password, to switch the second factor off. */
    static FormDialog<String> switchOff() {
        FormDialog<String> form = new FormDialog<>("Two-step sign-in", "Two-step sign-in is on. Type your password "
                + "to switch it off; signing in then needs the password alone");
        PasswordField password = form.add("Password", new PasswordField());
        password.setId("totpOffPassword");
        form.complete("disableTotpOk", () -> password.getText().isEmpty() ? "Type your password." : null,
                password::getText, password.textProperty());
        return form;
    }
}

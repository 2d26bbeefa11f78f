package org.smavs.kiosk.checkin;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smavs.kiosk.shell.Styles;

/**
 * On-screen keys for a touch screen without a keyboard (student numbers such as "S1001" need letters);
 * types into whichever of its fields was focused last.
 */
final class TouchKeyboard extends VBox {
    private static final String BACKSPACE = "⌫";
    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};

    private TextInputControl target;

    TouchKeyboard(TextInputControl... fields) {
        getStyleClass().add(Styles.KEYPAD);
        setSpacing(6);
        target = fields[0];
        for (TextInputControl field : fields) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    target = field;
                }
            });
        }
        for (int r = 0; r < ROWS.length; r++) {
            HBox row = new HBox(6);
            for (char c : ROWS[r].toCharArray()) {
                row.getChildren().add(key(String.valueOf(c)));
            }
            if (r == ROWS.length - 1) {
                row.getChildren().addAll(key(BACKSPACE), key("Clear"));
            }
            row.getChildren().forEach(button -> HBox.setHgrow(button, Priority.ALWAYS));
            getChildren().add(row);
        }
    }

    private Button key(String key) {
        Button button = new Button(key);
        button.setId("key-" + (key.equals(BACKSPACE) ? "back" : key.toLowerCase(Locale.ROOT)));
        button.setFocusTraversable(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> press(key));
        return button;
    }

    private void press(String key) {
        String text = target.getText() == null ? "" : target.getText();
        switch (key) {
            case "Clear" -> target.setText("");
            case BACKSPACE -> target.setText(text.isEmpty() ? "" : text.substring(0, text.length() - 1));
            default -> target.setText(text + key);
        }
        target.requestFocus();
        target.positionCaret(target.getText().length());
    }
}

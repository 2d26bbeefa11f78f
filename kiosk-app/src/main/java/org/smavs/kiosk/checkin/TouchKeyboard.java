package org.smavs.kiosk.checkin;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import org.smavs.kiosk.shell.Styles;

/** On-screen digits for a touch screen without a keyboard; types into whichever field was focused last. */
final class NumberPad extends GridPane {
    private TextInputControl target;

    NumberPad(TextInputControl... fields) {
        getStyleClass().add(Styles.KEYPAD);
        setHgap(10);
        setVgap(10);
        target = fields[0];
        for (TextInputControl field : fields) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    target = field;
                }
            });
        }
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "⌫"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Button button = new Button(key);
            button.setId("key-" + (key.equals("⌫") ? "back" : key.toLowerCase()));
            button.setFocusTraversable(false);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> press(key));
            add(button, i % 3, i / 3);
        }
    }

    private void press(String key) {
        String text = target.getText() == null ? "" : target.getText();
        switch (key) {
            case "Clear" -> target.setText("");
            case "⌫" -> target.setText(text.isEmpty() ? "" : text.substring(0, text.length() - 1));
            default -> target.setText(text + key);
        }
        target.requestFocus();
        target.positionCaret(target.getText().length());
    }
}

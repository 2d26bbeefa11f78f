package org.smavs.desktop.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Before a CSV file is chosen: what the file must look like, with an example to copy. Every CSV import of the app
 * (students, course enrolments) asks through this one dialog.
 */
public final class CsvFormatDialog {
    private CsvFormatDialog() {
    }

    /**
     * True when the user goes on to choose the file. {@code exampleId} and {@code chooseButtonId} let UI tests find
     * the example and press the button.
     */
    public static boolean explain(Window owner, String title, String header, String format, String example,
                                  String exampleId, String chooseButtonId) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label formatLabel = new Label(format);
        formatLabel.setWrapText(true);
        formatLabel.setPrefWidth(460);
        TextArea exampleArea = new TextArea(example);
        exampleArea.setEditable(false);
        exampleArea.setPrefRowCount(8);
        exampleArea.setId(exampleId);
        alert.getDialogPane().setContent(new VBox(8, formatLabel, new Label("Example:"), exampleArea));
        ButtonType choose = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(choose, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(choose).setId(chooseButtonId);
        return alert.showAndWait().filter(choose::equals).isPresent();
    }
}

package org.smavs.desktop.shell;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A labelled form in a dialog. OK is enabled only while {@code problem} returns null; the problem sentence is
 * shown under the form so the user knows what is missing.
 */
public final class FormDialog<R> extends Dialog<R> {
    private final GridPane grid = labelledGrid(420);
    private int rows;

    public FormDialog(String title, String header) {
        setTitle(title);
        setHeaderText(header);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    }

    public TextField text(String id, String label, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        add(label, field);
        return field;
    }

    /** A muted sentence under the fields so far, wrapped to the form's width (long headers widen the window). */
    public Label note(String id, String text) {
        Label note = new Label(text);
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        grid.add(note, 1, rows++);
        return note;
    }

    public <N extends Node> N add(String label, N control) {
        grid.addRow(rows++, new Label(label), control);
        return control;
    }

    /**
     * Finishes the form: {@code problem} says what is wrong (null when fine), {@code result} builds the answer.
     * OK stays disabled while there is a problem; the sentence itself appears only once something was typed, so
     * a fresh form does not open with an error.
     */
    public void complete(String okId, Supplier<String> problem, Supplier<R> result, Observable... inputs) {
        Label problemLabel = new Label();
        problemLabel.getStyleClass().add(Styles.TEXT_DANGER);
        problemLabel.setWrapText(true);
        problemLabel.textProperty().bind(Bindings.createStringBinding(problem::get, inputs));
        problemLabel.setVisible(false);
        for (Observable input : inputs) {
            input.addListener(changed -> problemLabel.setVisible(true));
        }
        grid.add(problemLabel, 0, rows++, 2, 1);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(okId);
        ok.disableProperty().bind(problemLabel.textProperty().isNotNull());
        setResultConverter(button -> button == ButtonType.OK ? result.get() : null);
    }

    /**
     * A two-column form grid: labels keep their full width (they were cut to "…" when the grid was squeezed),
     * the fields take the rest.
     */
    public static GridPane labelledGrid(double width) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPrefWidth(width);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Shows choices by {@code name} in a choice or combo box; {@code none} for the empty choice. Display only. */
    public static <T> StringConverter<T> named(Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Parses a number typed with a dot or comma; null when empty or not a number. */
    public static Double number(TextField field) {
        return parse(field, text -> Double.valueOf(text.replace(',', '.')));
    }

    private static <T> T parse(TextField field, Function<String, T> parser) {
        String text = field.getText() == null ? "" : field.getText().strip();
        try {
            return text.isEmpty() ? null : parser.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

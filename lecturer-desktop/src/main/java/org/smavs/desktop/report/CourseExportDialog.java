package org.smavs.desktop.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.admin.Course;

/**
 * Asks which course, which days and which format to export; OK stays disabled until the choice is valid,
 * with the reason shown. The file dialog and the download follow in {@link ExportViewModel#exportCourse}.
 */
public final class CourseExportDialog extends Dialog<CourseExportForm> {

    public CourseExportDialog(List<Course> courses, Clock clock) {
        setTitle("Export a course");
        setHeaderText("Export every session of a course over a range of days");
        LocalDate today = LocalDate.now(clock);
        ComboBox<Course> course = new ComboBox<>();
        course.setId("exportCourseChoice");
        course.getItems().setAll(courses);
        course.setMaxWidth(Double.MAX_VALUE);
        course.setPromptText(courses.isEmpty() ? "You have no courses" : "Choose a course");
        course.setConverter(new StringConverter<>() {
            @Override
            public String toString(Course c) {
                return c == null ? "" : c.code() + " — " + c.name();
            }

            @Override
            public Course fromString(String text) {
                return null;
            }
        });
        if (courses.size() == 1) {
            course.setValue(courses.get(0));
        }
        DatePicker from = new DatePicker(today.withDayOfMonth(1));
        from.setId("exportFrom");
        DatePicker to = new DatePicker(today);
        to.setId("exportTo");
        ToggleGroup formats = new ToggleGroup();
        RadioButton csv = new RadioButton("CSV (spreadsheet)");
        csv.setId("exportFormatCsv");
        csv.setUserData(ExportViewModel.Format.CSV);
        csv.setToggleGroup(formats);
        csv.setSelected(true);
        RadioButton pdf = new RadioButton("PDF (printable)");
        pdf.setId("exportFormatPdf");
        pdf.setUserData(ExportViewModel.Format.PDF);
        pdf.setToggleGroup(formats);

        Label hint = new Label("Sessions are picked by the day they start (UTC); each one lists every enrolled student, "
                + "absent ones included once the session has ended.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add(Styles.TEXT_DANGER);
        problem.setWrapText(true);

        GridPane grid = FormDialog.labelledGrid(460);
        grid.addRow(0, new Label("Course"), course);
        grid.addRow(1, new Label("From"), from);
        grid.addRow(2, new Label("To"), to);
        grid.addRow(3, new Label("Format"), new HBox(16, csv, pdf));
        grid.add(hint, 0, 4, 2, 1);
        grid.add(problem, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ObjectBinding<CourseExportForm> form = Bindings.createObjectBinding(() -> new CourseExportForm(course.getValue(),
                        from.getValue(), to.getValue(), formats.getSelectedToggle() == null ? null
                        : (ExportViewModel.Format) formats.getSelectedToggle().getUserData()),
                course.valueProperty(), from.valueProperty(), to.valueProperty(), formats.selectedToggleProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> form.get().problem(), form));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("exportCourseOk");
        ((javafx.scene.control.Button) ok).setText("Export…");
        ok.disableProperty().bind(problem.textProperty().isNotNull());
        setResultConverter(button -> button == ButtonType.OK ? form.get() : null);
    }
}

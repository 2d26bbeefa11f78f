package org.smavs.desktop.dashboard;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.session.CourseStats;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/** Figures, two charts and today's sessions. */
public final class DashboardView implements Screen {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM");

    private final DashboardViewModel model;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private Label totalSessions;
    @FXML private Label activeSessions;
    @FXML private Label totalRecords;
    @FXML private Label flaggedPending;
    @FXML private Label averageRate;
    @FXML private BarChart<String, Number> courseChart;
    @FXML private LineChart<String, Number> dailyChart;
    @FXML private TableView<Session> todayTable;
    @FXML private TableColumn<Session, OffsetDateTime> startColumn;
    @FXML private TableColumn<Session, String> titleColumn;
    @FXML private TableColumn<Session, String> codeColumn;
    @FXML private TableColumn<Session, SessionStatus> statusColumn;
    @FXML private TableColumn<Session, Long> countColumn;
    @FXML private TableColumn<Session, Long> flaggedColumn;
    @FXML private Button refreshButton;
    @FXML private VBox content;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        org.smavs.desktop.shell.Charts.wholeCounts(dailyChart.getYAxis());
        totalSessions.textProperty().bind(model.totalSessionsProperty());
        activeSessions.textProperty().bind(model.activeSessionsProperty());
        totalRecords.textProperty().bind(model.totalRecordsProperty());
        flaggedPending.textProperty().bind(model.flaggedPendingProperty());
        averageRate.textProperty().bind(model.averageRateProperty());
        refreshButton.setOnAction(event -> model.load());
        refreshButton.disableProperty().bind(model.status().busyProperty());

        startColumn.setCellValueFactory(Cells.value(Session::startsAt));
        startColumn.setCellFactory(Cells.time(DateTimeFormatter.ofPattern("HH:mm")));
        titleColumn.setCellValueFactory(Cells.value(Session::title));
        codeColumn.setCellValueFactory(Cells.value(Session::code));
        statusColumn.setCellValueFactory(Cells.value(Session::status));
        statusColumn.setCellFactory(Cells.status());
        countColumn.setCellValueFactory(Cells.value(Session::attendanceCount));
        flaggedColumn.setCellValueFactory(Cells.value(Session::flaggedCount));
        todayTable.setItems(model.todaysSessions());

        listeners.watch(model.perCourse(), this::drawCourses);
        listeners.watch(model.checkInsPerDay(), this::drawDays);
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void drawCourses() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Attendance rate");
        for (CourseStats course : model.perCourse()) {
            String name = course.courseCode() != null ? course.courseCode() : "No course";
            double rate = course.attendanceRate() <= 1.0 ? course.attendanceRate() * 100 : course.attendanceRate();
            series.getData().add(new XYChart.Data<>(name, rate));
        }
        courseChart.getData().setAll(series);
    }

    private void drawDays() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Check-ins");
        model.checkInsPerDay().forEach(day -> series.getData().add(new XYChart.Data<>(day.day().format(DAY), day.count())));
        dailyChart.getData().setAll(series);
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
    }
}

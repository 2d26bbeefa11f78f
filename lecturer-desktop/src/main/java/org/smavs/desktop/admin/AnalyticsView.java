package org.smavs.desktop.admin;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.KioskErrorRate;

/** Headline figures and three charts: flags by reason, kiosk error rates, submissions per hour. */
public final class AnalyticsView implements Screen {
    private final AnalyticsViewModel model;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Button refreshButton;
    @FXML private Label usersLabel;
    @FXML private Label sessionsLabel;
    @FXML private Label submissionsLabel;
    @FXML private Label flagRateLabel;
    @FXML private BarChart<String, Number> reasonChart;
    @FXML private BarChart<String, Number> kioskChart;
    @FXML private BarChart<String, Number> hourChart;

    public AnalyticsView(AnalyticsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        refreshButton.setOnAction(event -> model.load());
        org.smavs.desktop.shell.Charts.wholeCounts(reasonChart.getYAxis());
        org.smavs.desktop.shell.Charts.wholeCounts(hourChart.getYAxis());
        listeners.watch(model.analyticsProperty(), this::show);
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void show(Analytics analytics) {
        if (analytics == null) {
            return;
        }
        usersLabel.setText(analytics.usersByRole() == null ? "–" : analytics.usersByRole().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(" · ")));
        sessionsLabel.setText(analytics.totalSessions() + " (" + analytics.activeSessions() + " open)");
        submissionsLabel.setText(Long.toString(analytics.totalSubmissions()));
        double rate = analytics.flagRate() <= 1.0 ? analytics.flagRate() * 100 : analytics.flagRate();
        flagRateLabel.setText(String.format(Locale.ROOT, "%.1f %%", rate));

        reasonChart.getData().setAll(series(analytics.flagsByReason() == null ? Map.of() : analytics.flagsByReason(),
                true));
        XYChart.Series<String, Number> kiosks = new XYChart.Series<>();
        for (KioskErrorRate kiosk : analytics.perKiosk() == null ? java.util.List.<KioskErrorRate>of() : analytics.perKiosk()) {
            double percent = kiosk.errorRate() <= 1.0 ? kiosk.errorRate() * 100 : kiosk.errorRate();
            kiosks.getData().add(new XYChart.Data<>(org.smavs.desktop.shell.Charts.withCounts(kiosk.name(),
                    kiosk.failures(), kiosk.checkIns()), percent));
        }
        kioskChart.getData().setAll(kiosks);
        hourChart.getData().setAll(series(AnalyticsViewModel.hourly(analytics.submissionsPerHour(), java.time.ZoneId.systemDefault()), false));
    }

    private static XYChart.Series<String, Number> series(Map<String, Long> values, boolean humanise) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.forEach((key, count) -> series.getData().add(new XYChart.Data<>(humanise ? Cells.humanise(key) : key, count)));
        return series;
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

package org.smavs.desktop.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.session.CourseStats;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.Session;

/** Headline figures, per-course attendance, check-ins over the last days and today's sessions. */
public final class DashboardViewModel {
    /** How many days the check-ins chart looks back. */
    static final int HISTORY_DAYS = 14;

    private final DashboardBackend backend;
    private final Clock clock;
    private final CallStatus status;
    private final StringProperty totalSessions = new SimpleStringProperty("–");
    private final StringProperty activeSessions = new SimpleStringProperty("–");
    private final StringProperty totalRecords = new SimpleStringProperty("–");
    private final StringProperty flaggedPending = new SimpleStringProperty("–");
    private final StringProperty averageRate = new SimpleStringProperty("–");
    private final ObservableList<CourseStats> perCourse = FXCollections.observableArrayList();
    private final ObservableList<DailyCheckIns> checkInsPerDay = FXCollections.observableArrayList();
    private final ObservableList<Session> todaysSessions = FXCollections.observableArrayList();

    public DashboardViewModel(DashboardBackend backend, UiExecutor executor, Clock clock) {
        this.backend = backend;
        this.clock = clock;
        this.status = new CallStatus(executor);
    }

    public void load() {
        status.load("load the dashboard", () -> new Snapshot(backend.dashboard(), backend.sessions()), this::apply);
    }

    private void apply(Snapshot snapshot) {
        Dashboard dashboard = snapshot.dashboard();
        totalSessions.set(Long.toString(dashboard.totalSessions()));
        activeSessions.set(Long.toString(dashboard.activeSessions()));
        totalRecords.set(Long.toString(dashboard.totalRecords()));
        flaggedPending.set(Long.toString(dashboard.flaggedPending()));
        averageRate.set(percent(dashboard.avgAttendanceRate()));
        perCourse.setAll(dashboard.perCourse());

        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        todaysSessions.setAll(snapshot.sessions().stream()
                .filter(session -> session.startsAt() != null
                        && session.startsAt().atZoneSameInstant(zone).toLocalDate().equals(today))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList());
        checkInsPerDay.setAll(perDay(snapshot.sessions(), today, zone));
    }

    /** One entry per day of the window, zero where nothing happened, so the line has no gaps. */
    private static List<DailyCheckIns> perDay(List<Session> sessions, LocalDate today, ZoneId zone) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (int back = HISTORY_DAYS - 1; back >= 0; back--) {
            counts.put(today.minusDays(back), 0L);
        }
        for (Session session : sessions) {
            if (session.startsAt() == null) {
                continue;
            }
            LocalDate day = session.startsAt().atZoneSameInstant(zone).toLocalDate();
            counts.computeIfPresent(day, (key, count) -> count + session.attendanceCount());
        }
        return counts.entrySet().stream().map(entry -> new DailyCheckIns(entry.getKey(), entry.getValue())).toList();
    }

    /** Accepts either a 0..1 fraction or a 0..100 percentage, since servers differ in how they send rates. */
    static String percent(double rate) {
        double value = rate <= 1.0 ? rate * 100 : rate;
        return Math.round(value) + " %";
    }

    public CallStatus status() { return status; }
    public ReadOnlyStringProperty totalSessionsProperty() { return totalSessions; }
    public ReadOnlyStringProperty activeSessionsProperty() { return activeSessions; }
    public ReadOnlyStringProperty totalRecordsProperty() { return totalRecords; }
    public ReadOnlyStringProperty flaggedPendingProperty() { return flaggedPending; }
    public ReadOnlyStringProperty averageRateProperty() { return averageRate; }
    public ObservableList<CourseStats> perCourse() { return perCourse; }
    public ObservableList<DailyCheckIns> checkInsPerDay() { return checkInsPerDay; }
    public ObservableList<Session> todaysSessions() { return todaysSessions; }

    /** Check-ins on one day, summed over the caller's sessions. */
    public record DailyCheckIns(LocalDate day, long count) {
    }

    private record Snapshot(Dashboard dashboard, List<Session> sessions) {
    }
}

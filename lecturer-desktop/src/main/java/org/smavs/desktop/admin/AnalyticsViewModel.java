package org.smavs.desktop.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Analytics;

/** System-wide figures for the analytics charts. */
public final class AnalyticsViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final SimpleObjectProperty<Analytics> analytics = new SimpleObjectProperty<>();

    public AnalyticsViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
    }

    public void load() {
        status.load("load the analytics", backend::analytics, analytics::set);
    }

    /** Submissions for each hour 00..23, zero-filled, whatever keys ("9", "09", "09:00") the server uses. */
    static Map<String, Long> hourly(Map<String, Long> raw) {
        Map<Integer, Long> byHour = new TreeMap<>();
        for (int hour = 0; hour < 24; hour++) {
            byHour.put(hour, 0L);
        }
        if (raw != null) {
            raw.forEach((key, count) -> {
                try {
                    int hour = Integer.parseInt(key.replaceAll(":.*$", "").strip());
                    byHour.computeIfPresent(hour, (h, old) -> old + (count == null ? 0 : count));
                } catch (NumberFormatException e) {
                    // a key that is not an hour (e.g. a date bucket) is left out of this chart
                }
            });
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        byHour.forEach((hour, count) -> ordered.put(String.format("%02d", hour), count));
        return ordered;
    }

    public CallStatus status() { return status; }
    public ReadOnlyObjectProperty<Analytics> analyticsProperty() { return analytics; }
}

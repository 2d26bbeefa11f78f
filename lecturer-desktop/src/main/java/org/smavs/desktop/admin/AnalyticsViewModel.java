package org.smavs.desktop.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Analytics;

/** System-wide figures for the analytics charts. */
public final class AnalyticsViewModel {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00");

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

    /**
     * Chart points in time order. The server sends one bucket per hour of the last day, keyed by the hour's
     * start ("2026-11-25T16:00Z"); those are labelled in local time. Plain hour-of-day keys ("9", "09:00")
     * are also accepted and zero-filled to 00..23.
     */
    static Map<String, Long> hourly(Map<String, Long> raw, ZoneId zone) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<OffsetDateTime, Long> byInstant = new TreeMap<>();
        for (Map.Entry<String, Long> entry : raw.entrySet()) {
            try {
                byInstant.merge(OffsetDateTime.parse(entry.getKey()), count(entry.getValue()), Long::sum);
            } catch (DateTimeParseException e) {
                return hourOfDay(raw);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        byInstant.forEach((hour, count) -> ordered.merge(hour.atZoneSameInstant(zone).format(HOUR), count, Long::sum));
        return ordered;
    }

    private static Map<String, Long> hourOfDay(Map<String, Long> raw) {
        Map<Integer, Long> byHour = new TreeMap<>();
        for (int hour = 0; hour < 24; hour++) {
            byHour.put(hour, 0L);
        }
        raw.forEach((key, value) -> {
            try {
                int hour = Integer.parseInt(key.replaceAll(":.*$", "").strip());
                byHour.computeIfPresent(hour, (h, old) -> old + count(value));
            } catch (NumberFormatException e) {
                // neither a timestamp nor an hour: left out of the chart
            }
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        byHour.forEach((hour, value) -> ordered.put(String.format("%02d:00", hour), value));
        return ordered;
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }

    public CallStatus status() { return status; }
    public ReadOnlyObjectProperty<Analytics> analyticsProperty() { return analytics; }
}

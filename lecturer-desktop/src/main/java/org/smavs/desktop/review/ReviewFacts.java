package org.smavs.desktop.review;

import java.util.Locale;
import org.smavs.model.attendance.AttendanceRecord;

/** The measured evidence of a record in plain words, with "not measured" where the layer did not run. */
final class ReviewFacts {
    private ReviewFacts() {
    }

    static String describe(AttendanceRecord record) {
        return "Risk score: " + record.riskScore() + " / 100\n"
                + "Face similarity: " + score(record.similarity()) + "\n"
                + "Liveness: " + score(record.livenessScore()) + "\n"
                + "Distance from the room: " + distance(record) + "\n"
                + "Status: " + record.status().wire();
    }

    private static String score(Double value) {
        return value == null ? "not measured" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String distance(AttendanceRecord record) {
        if (record.distanceM() == null) {
            return "not measured";
        }
        String where = record.withinGeofence() == null ? "" : record.withinGeofence() ? " (inside the area)" : " (outside the area)";
        return distance(record.distanceM()) + where;
    }

    /** "80 m", or "1.8 km" from a kilometre on: nobody reads 1798 m at a glance. */
    static String distance(double metres) {
        return metres < 1000 ? String.format(Locale.ROOT, "%.0f m", metres)
                : String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }
}

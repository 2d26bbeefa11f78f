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
        return String.format(Locale.ROOT, "%.0f m", record.distanceM()) + where;
    }
}

package org.smavs.desktop.session;

import org.smavs.model.session.CreateSessionRequest;

/**
 * The create-session form as typed, checked before anything goes to the server. Pure: no JavaFX, so the
 * rules are unit-tested directly.
 */
public record SessionForm(String title, Long courseId, Long roomId, String latitude, String longitude,
                          String radius, String durationMinutes, boolean requireFace, boolean noLocationCheck) {

    /** Either a request to send or the sentence to show under the form. */
    public record Checked(CreateSessionRequest request, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public Checked check() {
        if (title == null || title.isBlank()) {
            return problem("Give the session a title.");
        }
        Integer duration = parseInt(durationMinutes);
        if (duration == null || duration < 1 || duration > 600) {
            return problem("Duration must be a whole number of minutes between 1 and 600.");
        }
        boolean anyPoint = !blank(latitude) || !blank(longitude);
        Double lat = null;
        Double lon = null;
        Double radiusM = null;
        if (anyPoint) {
            lat = parseDouble(latitude);
            lon = parseDouble(longitude);
            if (lat == null || lat < -90 || lat > 90 || lon == null || lon < -180 || lon > 180) {
                return problem("Latitude must be between -90 and 90 and longitude between -180 and 180.");
            }
        }
        if (!blank(radius)) {
            radiusM = parseDouble(radius);
            if (radiusM == null || radiusM <= 0 || radiusM > 5000) {
                return problem("Radius must be a distance in metres between 1 and 5000.");
            }
        }
        if (anyPoint && radiusM == null) {
            return problem("Give a radius in metres for the map point.");
        }
        if (!anyPoint && roomId == null && radiusM != null) {
            return problem("A radius needs a map point (latitude and longitude).");
        }
        if (!anyPoint && roomId == null && !noLocationCheck) {
            // without a place, anyone with the code checks in from anywhere: that must be a deliberate choice
            return problem("Choose a room or give a map point, or tick \"No location check\".");
        }
        return new Checked(new CreateSessionRequest(title.strip(), courseId, duration, lat, lon, radiusM, null,
                requireFace, roomId, null), null);
    }

    private static Checked problem(String sentence) {
        return new Checked(null, sentence);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer parseInt(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String value) {
        try {
            return blank(value) ? null : Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

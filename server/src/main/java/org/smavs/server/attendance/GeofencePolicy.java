package org.smavs.server.attendance;

import java.util.ArrayList;
import java.util.List;
import org.smavs.model.attendance.ReasonCode;

/**
 * The location layer. A student passes when {@code distance − accuracy ≤ radius}: the reported accuracy is
 * the phone's own error radius, and indoor GPS drifts, so the benefit of the doubt goes to the student; a
 * fix worse than {@link #LOW_ACCURACY_M} is flagged on its own, because it would let almost anyone pass.
 */
public final class GeofencePolicy {
    public static final double EARTH_RADIUS_M = 6_371_008.8;
    public static final double LOW_ACCURACY_M = 100;

    /** {@code distanceM}/{@code within} are null when the session has no geofence. */
    public record Result(Double distanceM, Boolean within, List<ReasonCode> flags) {
    }

    private GeofencePolicy() {
    }

    public static Result evaluate(Double centreLat, Double centreLon, Double radiusM, double lat, double lon,
                                  Double accuracyM) {
        List<ReasonCode> flags = new ArrayList<>();
        double accuracy = accuracyM == null ? 0 : accuracyM;
        if (accuracy > LOW_ACCURACY_M) {
            flags.add(ReasonCode.LOW_GPS_ACCURACY);
        }
        if (centreLat == null || centreLon == null || radiusM == null) {
            return new Result(null, null, flags);
        }
        double distance = haversineMetres(centreLat, centreLon, lat, lon);
        boolean within = distance - accuracy <= radiusM;
        if (!within) {
            flags.add(0, ReasonCode.OUTSIDE_GEOFENCE);
        }
        return new Result(Math.round(distance * 10) / 10.0, within, flags);
    }

    public static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smavs.model.attendance.ReasonCode;

class GeofencePolicyTest {
    @Test
    void haversineMatchesAKnownDistance() {
        // One thousandth of a degree of latitude is about 111 m everywhere.
        assertThat(GeofencePolicy.haversineMetres(51.0, -1.0, 51.001, -1.0)).isCloseTo(111.2, within(0.5));
    }

    @Test
    void theReportedAccuracyGivesTheStudentTheBenefitOfTheDoubt() {
        // 111 m away, radius 50: outside with a precise fix, inside when the phone admits 70 m of error.
        assertThat(GeofencePolicy.evaluate(51.0, -1.0, 50.0, 51.001, -1.0, 5.0).flags())
                .containsExactly(ReasonCode.OUTSIDE_GEOFENCE);
        GeofencePolicy.Result vague = GeofencePolicy.evaluate(51.0, -1.0, 50.0, 51.001, -1.0, 70.0);
        assertThat(vague.within()).isTrue();
        assertThat(vague.flags()).isEmpty();
    }

    @Test
    void aVeryPoorFixIsFlaggedOnItsOwn() {
        assertThat(GeofencePolicy.evaluate(51.0, -1.0, 50.0, 51.0, -1.0, 500.0).flags())
                .containsExactly(ReasonCode.LOW_GPS_ACCURACY);
    }

    @Test
    void aSessionWithoutGeofenceHasNoDistance() {
        GeofencePolicy.Result result = GeofencePolicy.evaluate(null, null, null, 51.0, -1.0, null);
        assertThat(result.distanceM()).isNull();
        assertThat(result.within()).isNull();
    }
}

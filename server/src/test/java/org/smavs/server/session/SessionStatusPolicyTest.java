package org.smavs.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.smavs.model.session.SessionStatus;

class SessionStatusPolicyTest {
    private final Instant start = Instant.parse("2026-11-25T14:00:00Z");
    private final Instant end = start.plusSeconds(3600);

    @Test
    void anOpenSessionIsScheduledThenActiveThenExpiredByTheClock() {
        assertThat(SessionStatusPolicy.status("open", start, end, start.minusSeconds(1))).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(SessionStatusPolicy.status("open", start, end, start)).isEqualTo(SessionStatus.ACTIVE);
        assertThat(SessionStatusPolicy.status("open", start, end, end)).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void closingAndExpiringAreFinal() {
        assertThat(SessionStatusPolicy.status("closed", start, end, start)).isEqualTo(SessionStatus.CLOSED);
        assertThat(SessionStatusPolicy.status("expired", start, end, start)).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void codesAreComparedWithoutCaseAndBadFieldsAreNamed() {
        assertThat(SessionRules.normaliseCode(" ab3k9x ")).isEqualTo("AB3K9X");
        var problems = SessionRules.problems(new org.smavs.model.session.CreateSessionRequest(" ", null, 0, 91.0, null,
                -1.0, "no!", false, null, null));
        assertThat(problems).extracting(org.smavs.model.error.FieldError::field)
                .contains("title", "duration_minutes", "latitude", "radius_m", "code");
    }
}

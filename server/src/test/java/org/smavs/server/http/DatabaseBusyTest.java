package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A lock wait that ran out is "busy, try again" (503), not a bug (500); other SQL errors stay bugs. */
class DatabaseBusyTest {
    @Test
    void lockTimeoutsDeadlocksAndSerializationFailuresAreBusy() {
        assertThat(ErrorMapping.isDatabaseBusy(new RuntimeException("wrapped",
                new jakarta.persistence.LockTimeoutException("settings")))).isTrue();
        assertThat(ErrorMapping.isDatabaseBusy(new RuntimeException(new SQLException("lock", "55P03")))).isTrue();
        assertThat(ErrorMapping.isDatabaseBusy(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(ErrorMapping.isDatabaseBusy(new java.sql.SQLTimeoutException("Timeout trying to lock table"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ErrorMapping.isDatabaseBusy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(ErrorMapping.isDatabaseBusy(new IllegalStateException("bug"))).isFalse();
    }
}

package org.smavs.server.attendance;

import org.smavs.server.testing.TestDatabase;

class AttendanceStoryPostgresIT extends AttendanceStoryTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

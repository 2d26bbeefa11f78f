package org.smavs.server.attendance;

import org.smavs.server.testing.TestDatabase;

class AttendanceStoryH2IT extends AttendanceStoryTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class CourseYearPostgresIT extends CourseYearTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class CourseYearH2IT extends CourseYearTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

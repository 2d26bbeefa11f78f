package org.smavs.server.admin;

import org.smavs.server.testing.TestDatabase;

class ImportJobH2IT extends ImportJobTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

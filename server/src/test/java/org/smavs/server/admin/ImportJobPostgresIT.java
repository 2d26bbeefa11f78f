package org.smavs.server.admin;

import org.smavs.server.testing.TestDatabase;

class ImportJobPostgresIT extends ImportJobTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

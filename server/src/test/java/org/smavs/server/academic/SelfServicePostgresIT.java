package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class SelfServicePostgresIT extends SelfServiceTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class SecondFactorPostgresIT extends SecondFactorTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

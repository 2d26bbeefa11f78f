package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class SecondFactorH2IT extends SecondFactorTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

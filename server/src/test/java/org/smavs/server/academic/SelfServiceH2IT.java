package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class SelfServiceH2IT extends SelfServiceTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

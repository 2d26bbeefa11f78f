package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class PasswordLifecycleH2IT extends PasswordLifecycleTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

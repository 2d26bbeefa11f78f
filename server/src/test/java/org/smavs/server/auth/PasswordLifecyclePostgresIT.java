package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class PasswordLifecyclePostgresIT extends PasswordLifecycleTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

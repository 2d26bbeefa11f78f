package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class AuthH2IT extends AuthContract {
    @Override
    TestDatabase.Kind database() {
        return TestDatabase.Kind.H2;
    }
}

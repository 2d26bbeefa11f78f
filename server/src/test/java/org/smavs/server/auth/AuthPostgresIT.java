package org.smavs.server.auth;

import org.smavs.server.testing.TestDatabase;

class AuthPostgresIT extends AuthContract {
    @Override
    TestDatabase.Kind database() {
        return TestDatabase.Kind.POSTGRES;
    }
}

package org.smavs.server.auth.oidc;

import org.smavs.server.testing.TestDatabase;

class SingleSignOnPostgresIT extends SingleSignOnTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

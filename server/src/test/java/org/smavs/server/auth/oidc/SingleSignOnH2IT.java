package org.smavs.server.auth.oidc;

import org.smavs.server.testing.TestDatabase;

class SingleSignOnH2IT extends SingleSignOnTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class NotificationMailPostgresIT extends NotificationMailTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}

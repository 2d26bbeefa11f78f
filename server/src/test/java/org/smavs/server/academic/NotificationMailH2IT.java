package org.smavs.server.academic;

import org.smavs.server.testing.TestDatabase;

class NotificationMailH2IT extends NotificationMailTests {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}

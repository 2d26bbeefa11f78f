package org.smavs.desktop.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.desktop.shell.DesktopLauncher;

/**
 * Try the desktop app without setting anything up: starts a test server with demo data and opens the app.
 * Type the address it logs into the login screen (or it is already remembered from the last run).
 */
public final class DesktopDemo {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopDemo.class);

    private DesktopDemo() {
    }

    public static void main(String[] args) {
        TestServer server = TestServer.start();
        DemoData.seed(server.baseUrl());
        LOG.warn("Demo server with demo data at {} (lecturer@smavs.com / lecturer123, admin@smavs.com / admin123)",
                server.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        DesktopLauncher.main(args);
        System.exit(0);
    }
}

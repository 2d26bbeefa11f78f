package org.smavs.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.config.ProductionGuard;
import org.smavs.server.config.ServerConfig;

/** Starts the server from environment variables (see README). */
public final class ServerMain {
    private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

    private ServerMain() {
    }

    public static void main(String[] args) {
        ServerConfig config;
        ServerApp app;
        try {
            config = ServerConfig.fromEnvironment(System.getenv());
            app = ServerApp.create(config);
        } catch (ProductionGuard.RefusedToStart e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LOG.error("SMAVS could not start: {}", rootMessage(e), e);
            System.exit(1);
            return;
        }
        app.start(config.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "smavs-shutdown"));
        String base = "http://localhost:" + app.port();
        LOG.info("SMAVS {} is running ({}): API {}/api/v1, docs {}/docs, health {}/health", ServerApp.VERSION,
                config.environment().name().toLowerCase(), base, base, base);
        if (config.demoData()) {
            LOG.info("Demo accounts: admin@smavs.com/admin123, lecturer@smavs.com/lecturer123, student@smavs.com/student123");
        }
        if (!config.isProduction()) {
            // Jetty listens on every network interface: say loudly that this is not a setup for real students
            LOG.warn("DEVELOPMENT MODE on port {} of every network interface: anyone who can reach this machine can "
                    + "use the demo accounts. For real use set SMAVS_ENV=production (README, 'Configuration').", app.port());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

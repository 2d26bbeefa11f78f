package org.smavs.server.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.smavs.server.config.DatabaseSettings;

/**
 * Connection pool → Flyway migrations → Hibernate (validate only: the schema belongs to Flyway).
 * Services run one transaction per use case through {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final DatabaseSettings settings;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    public static Database open(DatabaseSettings settings, List<Class<?>> entityClasses) {
        return open(settings, entityClasses, UnaryOperator.identity());
    }

    /**
     * @param observe wraps the pool as Hibernate sees it; tests count the statements of a request with it
     *                (datasource-proxy), production passes the pool unchanged
     */
    public static Database open(DatabaseSettings settings, List<Class<?>> entityClasses,
                                UnaryOperator<DataSource> observe) {
        HikariDataSource dataSource = createPool(settings);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, observe.apply(dataSource))
                    .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                    .applySetting(AvailableSettings.SHOW_SQL, "false")
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory();
            return new Database(settings, dataSource, sessionFactory);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource createPool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("smavs-db");
        // A request waits at most a second for a connection: while the database is down clients get a quick 503
        // with Retry-After instead of a hung request, and /health answers within its one-second budget.
        config.setConnectionTimeout(1_000);
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Connection pool gauges: in use, idle, requests waiting for one, and the pool's size limit. */
    public void bindPoolMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("db_pool_active_connections", dataSource,
                source -> source.getHikariPoolMXBean().getActiveConnections()).register(registry);
        io.micrometer.core.instrument.Gauge.builder("db_pool_idle_connections", dataSource,
                source -> source.getHikariPoolMXBean().getIdleConnections()).register(registry);
        io.micrometer.core.instrument.Gauge.builder("db_pool_pending_requests", dataSource,
                source -> source.getHikariPoolMXBean().getThreadsAwaitingConnection()).register(registry);
        io.micrometer.core.instrument.Gauge.builder("db_pool_max_connections", dataSource,
                HikariDataSource::getMaximumPoolSize).register(registry);
    }

    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    /** A cheap round trip for /health; false when the database cannot answer within a second. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}

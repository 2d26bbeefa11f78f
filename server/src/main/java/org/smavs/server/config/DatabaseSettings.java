package org.smavs.server.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * JDBC settings derived from the seed's {@code DATABASE_URL}. Accepts {@code postgresql://user:pw@host/db},
 * {@code postgresql+psycopg2://...}, {@code postgres://...} and plain {@code jdbc:...} URLs.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public static DatabaseSettings embeddedH2(Path dataDir) {
        return new DatabaseSettings("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("smavs") + h2Options(),
                "sa", "");
    }

    public static DatabaseSettings inMemoryH2(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + h2Options() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * PostgreSQL compatibility. H2's own lock wait (2 s) stays: a longer one was tried and made waiting transactions
     * hold their pooled connections, so a burst of sign-ins ran the pool dry instead (a lock wait that does run out
     * answers 503 with Retry-After, see ErrorMapping).
     */
    private static String h2Options() {
        return ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public static DatabaseSettings parse(String databaseUrl, String userOverride, String passwordOverride) {
        String url = databaseUrl.trim();
        if (url.startsWith("jdbc:")) {
            return new DatabaseSettings(url, userOverride, passwordOverride);
        }
        String scheme = url.contains("://") ? url.substring(0, url.indexOf("://")) : "";
        if (!scheme.equals("postgresql") && !scheme.startsWith("postgresql+") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:5432/db)"
                    + " or a jdbc: URL; got scheme '" + scheme + "'");
        }
        URI uri = URI.create("postgresql" + url.substring(scheme.length()));
        String user = userOverride;
        String password = passwordOverride;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = user != null ? user : decode(parts[0]);
            password = password != null ? password : parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseSettings(jdbc, user, password);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + "]";
    }
}

package org.smavs.server.config;

/**
 * Outgoing mail (password resets, invitations) and the address people reach the server at. Without
 * {@code SMAVS_SMTP_HOST} no mail is sent: in development the link is written to the server log instead, in
 * production the request is accepted and a warning logged (nobody is told whether the account exists).
 *
 * @param tls {@code none}, {@code starttls} or {@code tls}
 */
public record MailSettings(String host, int port, String username, String password, String from, String tls,
                           String publicUrl, String institution) {

    static MailSettings fromEnvironment(EnvReader read, int serverPort) {
        String tls = read.string("SMAVS_SMTP_TLS", "starttls").toLowerCase(java.util.Locale.ROOT);
        if (!tls.matches("none|starttls|tls")) {
            throw new IllegalArgumentException("SMAVS_SMTP_TLS must be none, starttls or tls, not '" + tls + "'");
        }
        String url = read.string("SMAVS_PUBLIC_URL", "http://localhost:" + serverPort);
        return new MailSettings(read.string("SMAVS_SMTP_HOST", null), read.integer("SMAVS_SMTP_PORT", 587),
                read.string("SMAVS_SMTP_USERNAME", null), read.string("SMAVS_SMTP_PASSWORD", null),
                read.string("SMAVS_SMTP_FROM", "SMAVS <no-reply@localhost>"), tls,
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                read.string("SMAVS_INSTITUTION_NAME", "your university"));
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", tls=" + tls + ", from=" + from + ", publicUrl="
                + publicUrl + "]";
    }
}

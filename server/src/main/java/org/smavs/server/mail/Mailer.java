package org.smavs.server.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.config.MailSettings;

/**
 * Sends one message over SMTP (Jakarta Mail), as plain text with an HTML alternative. Without an SMTP host it
 * sends nothing and says so in the log (with the text itself only in development, where there is no real mail).
 */
public final class Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    /** A message in both forms; the HTML is built from escaped text only. */
    public record Mail(String to, String subject, String text, String html) {
    }

    private final MailSettings settings;
    private final boolean development;

    public Mailer(MailSettings settings, boolean development) {
        this.settings = settings;
        this.development = development;
    }

    /** Whether an SMTP server is configured at all. */
    public boolean configured() {
        return settings.configured();
    }

    /** Sends; a failure is logged and reported as false (the caller's answer never depends on mail). */
    public boolean send(Mail mail) {
        if (!settings.configured()) {
            if (development) {
                LOG.warn("Mail is not configured (SMAVS_SMTP_HOST); this mail to {} was not sent:\n{}", mail.to(),
                        mail.text());
            } else {
                LOG.warn("Mail is not configured (SMAVS_SMTP_HOST); a mail to {} ('{}') was not sent", mail.to(),
                        mail.subject());
            }
            return false;
        }
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", text, html));
            if (settings.username() != null && !settings.username().isBlank()) {
                Transport.send(message, settings.username(), settings.password());
            } else {
                Transport.send(message);
            }
            return true;
        } catch (MessagingException e) {
            LOG.warn("Could not send a mail to {} ('{}'): {}", mail.to(), mail.subject(), e.getMessage());
            return false;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.auth", Boolean.toString(settings.username() != null && !settings.username().isBlank()));
        switch (settings.tls()) {
            case "tls" -> properties.put("mail.smtp.ssl.enable", "true");
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            default -> { }
        }
        return properties;
    }
}

package org.smavs.server.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notification mails sent in the background: a request never waits for SMTP, and a mail the server could not
 * hand over is tried again (after 5 s, 30 s and 2 min) before it is given up with a warning in the log.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    private final Mailer mailer;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smavs-outbox");
        thread.setDaemon(true);
        return thread;
    });

    public Outbox(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(Mailer.Mail mail) {
        sender.execute(() -> attempt(mail, 0));
    }

    /**
     * Prepares the mail in the background too (e.g. a database lookup whose time must not show in the answer) and
     * sends it when {@code mail} gives one (null: nothing to send).
     */
    public void sendWhenReady(java.util.function.Supplier<Mailer.Mail> mail) {
        sender.execute(() -> {
            try {
                Mailer.Mail ready = mail.get();
                if (ready != null) {
                    attempt(ready, 0);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not prepare a mail", e);
            }
        });
    }

    private void attempt(Mailer.Mail mail, int retry) {
        if (mailer.send(mail) || !mailer.configured()) {
            return;
        }
        if (retry >= RETRIES.size()) {
            LOG.warn("Gave up sending '{}' to {} after {} attempts", mail.subject(), mail.to(), retry + 1);
            return;
        }
        sender.schedule(() -> attempt(mail, retry + 1), RETRIES.get(retry).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets mails already queued go out (a few seconds at most); retries still waiting are dropped. */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }
}

package org.smavs.kiosk.enrol;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.kiosk.shell.ServerErrors;
import org.smavs.kiosk.shell.UiExecutor;
import org.smavs.model.kiosk.KioskCredential;

/** First start: server address + one-time code from an admin → a stored kiosk credential. */
public final class EnrolmentViewModel {
    private final KioskBackend backend;
    private final CredentialStore store;
    private final UiExecutor executor;
    private final Consumer<Enrolment> onEnrolled;

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty enrollmentCode = new SimpleStringProperty("");
    private final StringProperty kioskName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;

    public EnrolmentViewModel(KioskBackend backend, CredentialStore store, UiExecutor executor,
                              String defaultKioskName, String initialMessage, Consumer<Enrolment> onEnrolled) {
        this.backend = backend;
        this.store = store;
        this.executor = executor;
        this.onEnrolled = onEnrolled;
        kioskName.set(defaultKioskName);
        message.set(initialMessage == null ? "" : initialMessage);
        canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && !serverUrl.get().isBlank() && !enrollmentCode.get().isBlank()
                        && !kioskName.get().isBlank(),
                busy, serverUrl, enrollmentCode, kioskName);
    }

    public void enrol() {
        if (!canSubmit.get()) {
            return;
        }
        String url = normalise(serverUrl.get());
        if (url == null) {
            message.set("The server address should look like https://smavs.example.edu");
            return;
        }
        Optional<String> parsed = EnrolmentCode.parse(enrollmentCode.get());
        if (parsed.isEmpty()) {
            message.set(EnrolmentCode.problem(enrollmentCode.get()));
            return;
        }
        String code = parsed.get();
        String name = kioskName.get().trim();
        busy.set(true);
        message.set("Enrolling this kiosk…");
        executor.submit(() -> {
            KioskCredential credential = backend.enroll(url, code, name);
            Enrolment enrolment = new Enrolment(url, credential);
            store.save(enrolment);
            return enrolment;
        }, enrolment -> {
            busy.set(false);
            enrollmentCode.set("");
            message.set("");
            onEnrolled.accept(enrolment);
        }, error -> {
            busy.set(false);
            message.set(explain(error, url));
        });
    }

    private static String explain(Throwable error, String url) {
        if (ServerErrors.isUnreachable(error)) {
            return "Cannot reach the server at " + url + ". Check the address and the network.";
        }
        int status = ServerErrors.status(error);
        if (status == 400 || status == 401 || status == 403 || status == 404 || status == 409 || status == 422) {
            return ServerErrors.message(error, "That enrolment code is not valid")
                    + ". Ask an administrator for a new code.";
        }
        if (status < 0) {
            return "The credential could not be saved on this kiosk: " + error.getMessage();
        }
        return ServerErrors.message(error, "The server could not enrol this kiosk (HTTP " + status + ")");
    }

    /** Accepts "host:port" as typed on a touch keyboard and adds http://; rejects what is not a URL. */
    static String normalise(String typed) {
        String value = typed.trim();
        if (!value.contains("://")) {
            value = "http://" + value;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return null;
            }
            return value.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty enrollmentCodeProperty() {
        return enrollmentCode;
    }

    public StringProperty kioskNameProperty() {
        return kioskName;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}

package org.smavs.desktop.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.smavs.model.auth.UpdateProfileRequest;
import org.smavs.model.auth.User;

/**
 * The signed-in person's "E-mail notifications" choice (below-threshold warnings, excuse decisions, the staff's
 * daily digest; password links are always sent). Read fresh from the server after sign-in, because it may have been
 * changed on another device; a change the server refuses is undone on screen so the box never shows a wish.
 */
public final class EmailNotificationsViewModel {
    private final AccountBackend backend;
    private final CallStatus status;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty known = new SimpleBooleanProperty(false);

    /** {@code signedIn}: the account as the sign-in answered, shown until the fresh read arrives. */
    public EmailNotificationsViewModel(AccountBackend backend, UiExecutor executor, User signedIn) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        on.set(signedIn.emailNotifications());
    }

    public void load() {
        status.load("read your account", backend::me, me -> {
            on.set(me.emailNotifications());
            known.set(true);
        });
    }

    public void set(boolean wanted) {
        if (wanted == on.get() && known.get()) {
            return;
        }
        boolean before = on.get();
        on.set(wanted);
        String action = wanted ? "switch e-mail notifications on" : "switch e-mail notifications off";
        // the failure wording is asked for on the UI thread when the call failed: the place to undo the tick too
        status.run(action, () -> backend.updateMe(new UpdateProfileRequest(wanted)), me -> {
            on.set(me.emailNotifications());
            known.set(true);
            status.inform(me.emailNotifications() ? "You get SMAVS's e-mail notifications."
                    : "You get no notification e-mails; password links still come.");
        }, false, failure -> {
            on.set(before);
            return ErrorMessages.describe(action, failure);
        });
    }

    public CallStatus status() { return status; }
    public ReadOnlyBooleanProperty onProperty() { return on; }
    public ReadOnlyBooleanProperty knownProperty() { return known; }
}

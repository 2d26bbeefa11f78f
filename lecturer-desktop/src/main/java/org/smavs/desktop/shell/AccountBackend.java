package org.smavs.desktop.shell;

import org.smavs.model.auth.UpdateProfileRequest;
import org.smavs.model.auth.User;

/** The signed-in person's own account (blocking calls; run them through the UiExecutor). */
public interface AccountBackend {
    User me();

    User updateMe(UpdateProfileRequest request);
}

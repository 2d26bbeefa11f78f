package org.smavs.model.auth;

import java.util.List;

/** The one-time recovery codes, shown once when the second factor is switched on. */
public record TotpRecoveryCodes(List<String> recoveryCodes) {
}

package org.smavs.server.auth.oidc;

import java.util.List;
import java.util.Locale;
import org.smavs.server.auth.oidc.OidcProvider.VerifiedIdentity;

/**
 * Whether a provider's identity may sign in to an SMAVS account. Accounts are matched by e-mail address, so the
 * address must be one the provider vouches for: {@code email_verified} true, or (providers such as Entra ID leave
 * the claim out) an address in one of the institution's own domains. Creating a student for an unknown address
 * needs {@code SMAVS_OIDC_AUTO_CREATE_STUDENTS} and, when domains are listed, an address in one of them.
 */
public final class OidcAccountPolicy {
    private final boolean autoCreateStudents;
    private final List<String> allowedDomains;

    public OidcAccountPolicy(boolean autoCreateStudents, List<String> allowedDomains) {
        this.autoCreateStudents = autoCreateStudents;
        this.allowedDomains = allowedDomains;
    }

    /** Null when the address can be trusted for matching; otherwise why not, as a sentence. */
    public String untrustedEmail(VerifiedIdentity identity) {
        if (identity.email() == null || identity.email().isBlank()) {
            return "The university's sign-in service did not share your e-mail address with SMAVS";
        }
        if (Boolean.TRUE.equals(identity.emailVerified())) {
            return null;
        }
        if (identity.emailVerified() == null && !allowedDomains.isEmpty() && inAllowedDomain(identity.email())) {
            return null;
        }
        return "The university's sign-in service has not verified your e-mail address";
    }

    /** Whether an unknown (trusted) address becomes a new student account. */
    public boolean mayCreateStudent(String email) {
        return autoCreateStudents && (allowedDomains.isEmpty() || inAllowedDomain(email));
    }

    private boolean inAllowedDomain(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && allowedDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}

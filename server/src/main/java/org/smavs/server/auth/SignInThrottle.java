package org.smavs.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.smavs.server.error.RateLimitedException;
import org.smavs.server.ratelimit.BucketStore;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.ratelimit.TokenBucket;
import org.smavs.server.user.CredentialPolicy;

/**
 * Brakes on password guessing that a lecture hall behind one campus NAT address does not feel.
 *
 * <p>Only <em>failed</em> sign-ins count, in three token buckets shared by all server instances:
 * <ul>
 *   <li><b>account + address</b>: five wrong passwords for one account from one address, then one more try
 *       every three minutes. This is the lock-out, and it binds only the address that guessed: a stranger
 *       elsewhere cannot keep the student out.</li>
 *   <li><b>address</b>: failures from one address across all accounts (SMAVS_LIMIT_SIGN_INS_PER_MINUTE).
 *       When it runs dry the address is <em>throttled</em>: an account it already failed on waits for its
 *       account+address bucket to refill completely, a wrong password answers 429, and a correct one still
 *       signs in, so one guesser does not block the hall, and spraying gets one guess per account.</li>
 *   <li><b>account</b>: failures for one account from all addresses (SMAVS_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT
 *       an hour). When it runs dry, addresses that already failed on the account wait as above; an address
 *       with a clean record (the student's own phone) still gets in.</li>
 * </ul>
 * Unknown e-mails count like known ones, so the answers do not reveal which accounts exist. Two requests
 * racing through the check before either records its failure can each get one extra guess; the buckets
 * stay atomic, so that extra is bounded by the number of concurrent requests.
 */
public final class SignInThrottle {
    static final TokenBucket ACCOUNT_AND_ADDRESS = new TokenBucket(5, 1.0 / 3);

    private final TokenBucket perAddress;
    private final TokenBucket perAccount;
    private final BucketStore store;
    private final Clock clock;

    public SignInThrottle(int failuresPerAddressPerMinute, int failuresPerAccountPerHour, BucketStore store, Clock clock) {
        this.perAddress = new TokenBucket(failuresPerAddressPerMinute);
        this.perAccount = new TokenBucket(failuresPerAccountPerHour, failuresPerAccountPerHour / 60.0);
        this.store = store;
        this.clock = clock;
    }

    /** Refuses (429) an attempt that must wait; otherwise says whether the address is throttled. */
    public Attempt before(String email, String address) {
        Instant now = clock.instant();
        Keys keys = new Keys(email, address);
        Map<String, Double> tokens = store.available(Map.of(keys.pair, ACCOUNT_AND_ADDRESS, keys.address, perAddress,
                keys.account, perAccount), now);
        double pair = tokens.get(keys.pair);
        if (pair < 1) {
            throw refused(ACCOUNT_AND_ADDRESS.secondsUntil(pair, 1));
        }
        boolean addressThrottled = tokens.get(keys.address) < 1;
        boolean accountUnderAttack = tokens.get(keys.account) < 1;
        boolean pairHasFailed = pair < ACCOUNT_AND_ADDRESS.capacity();
        if ((addressThrottled || accountUnderAttack) && pairHasFailed) {
            throw refused(ACCOUNT_AND_ADDRESS.secondsUntil(pair, ACCOUNT_AND_ADDRESS.capacity()));
        }
        return new Attempt(keys, addressThrottled);
    }

    /** Records a wrong password; a throttled address gets 429 instead of the plain "incorrect" answer. */
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        store.take(attempt.keys.pair, ACCOUNT_AND_ADDRESS, now);
        store.take(attempt.keys.account, perAccount, now);
        TokenBucket.Decision address = store.take(attempt.keys.address, perAddress, now);
        if (attempt.addressThrottled || !address.allowed()) {
            throw refused(address.retryAfterSeconds() == 0 ? 1 : address.retryAfterSeconds());
        }
    }

    private static RateLimitedException refused(long seconds) {
        return new RateLimitedException("Too many failed sign-ins; try again in " + seconds + " seconds", seconds);
    }

    /** One sign-in attempt between {@link #before} and {@link #failed}. */
    public static final class Attempt {
        private final Keys keys;
        private final boolean addressThrottled;

        private Attempt(Keys keys, boolean addressThrottled) {
            this.keys = keys;
            this.addressThrottled = addressThrottled;
        }
    }

    private static final class Keys {
        final String pair;
        final String account;
        final String address;

        Keys(String email, String address) {
            // The same spelling the account look-up uses, so "ＡDMIN@…" cannot open a fresh bucket for "admin@…".
            String account = email == null ? "" : CredentialPolicy.normaliseEmail(email);
            String from = address == null ? "unknown" : address;
            this.pair = RateLimiter.bucketKey("sign-in-pair", account + "|" + from);
            this.account = RateLimiter.bucketKey("sign-in-account", account);
            this.address = RateLimiter.bucketKey("sign-in", from);
        }
    }
}

package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smavs.server.error.RateLimitedException;
import org.smavs.server.ratelimit.InMemoryBucketStore;
import org.smavs.server.testing.MutableClock;

/** The sign-in brakes as a lecture hall, a guesser in the hall and a stranger elsewhere meet them. */
class SignInThrottleTest {
    private static final String HALL = "203.0.113.7";

    private final MutableClock clock = MutableClock.startingNow();
    private final SignInThrottle throttle = new SignInThrottle(30, 30, new InMemoryBucketStore(), clock);

    @Test
    void aWholeHallSignsInCorrectlyFromOneAddress() {
        for (int student = 0; student < 600; student++) {
            assertThatCode(attemptOf("student" + clockTick() + "@uni.test", HALL)).doesNotThrowAnyException();
        }
    }

    @Test
    void fiveWrongPasswordsLockOnlyTheAddressThatGuessed() {
        for (int i = 0; i < 5; i++) {
            fail("alice@uni.test", HALL);
        }
        assertThatThrownBy(() -> throttle.before("alice@uni.test", HALL))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 180L));
        assertThatCode(() -> throttle.before("alice@uni.test", "198.51.100.1")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.before("bob@uni.test", HALL)).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(3));
        assertThatCode(() -> throttle.before("alice@uni.test", HALL)).doesNotThrowAnyException();
    }

    @Test
    void aGuesserInTheHallIsThrottledWhileClassmatesStillSignIn() {
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            String victim = "victim" + (i % 40) + "@uni.test";
            try {
                SignInThrottle.Attempt attempt = throttle.before(victim, HALL);
                throttle.failed(attempt);
            } catch (RateLimitedException e) {
                assertThat(e.retryAfterSeconds()).isPositive();
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(950);
        // a classmate whose account the guesser never tried still gets in with the right password
        assertThatCode(() -> throttle.before("classmate@uni.test", HALL)).doesNotThrowAnyException();
    }

    @Test
    void sprayingOneGuessPerAccountIsAnswered429OnceTheAddressIsThrottled() {
        for (int i = 0; i < 30; i++) {
            fail("spray" + i + "@uni.test", HALL);
        }
        SignInThrottle.Attempt next = throttle.before("spray-next@uni.test", HALL);
        assertThatThrownBy(() -> throttle.failed(next)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> throttle.before("spray-next@uni.test", HALL)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void strangersEverywhereSlowTheAccountButCannotLockTheStudentOut() {
        for (int address = 0; address < 40; address++) {
            try {
                fail("target@uni.test", "198.51.100." + address);
            } catch (RateLimitedException ignored) {
                // later addresses are slowed down: that is the point
            }
        }
        // an address that already failed on this account now has to wait for a full refill
        assertThatThrownBy(() -> throttle.before("target@uni.test", "198.51.100.3")).isInstanceOf(RateLimitedException.class);
        // the student's own phone, with a clean record, signs in
        assertThatCode(() -> throttle.before("target@uni.test", "192.0.2.50")).doesNotThrowAnyException();
    }

    private void fail(String email, String address) {
        throttle.failed(throttle.before(email, address));
    }

    private org.assertj.core.api.ThrowableAssert.ThrowingCallable attemptOf(String email, String address) {
        return () -> throttle.before(email, address);
    }

    private long clockTick() {
        clock.advance(Duration.ofMillis(200));
        return clock.millis();
    }
}

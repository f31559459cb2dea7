package id.patuh.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because its name is locked by the {@link LoginThrottle}. Its own type so that
 * the answers can tell it apart (429 with {@code Retry-After}, the form's "terkunci" notice), and
 * so that Spring publishes no failure event for it: tries while locked are not counted.
 */
class SignInLocked extends LockedException {

    private final transient Duration retryAfter;

    SignInLocked(Duration retryAfter) {
        super("Terlalu banyak percobaan masuk / too many sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the lock lapses, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

package id.patuh.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Slows down password guessing: after {@code attempts} failed sign-ins of one name, spaced less
 * than the window apart, that name is locked for the window ({@link ThrottledAuthentication}
 * refuses it before any password is checked).
 *
 * <p>It counts what Spring Security authenticated, from its events, so the API (HTTP Basic) and
 * the console (sign-in form) share one count, and a request that never reaches authentication
 * cannot be miscounted. Names are keyed as {@link UserDirectory#canonical} makes them, the form
 * used by the user lookup itself.
 *
 * <p>Names the user directory knows are kept apart from all other names: those are bounded by the
 * directory, so no spray of made-up names can evict a real user's count or lock. Other names
 * are locked too (a lock must not tell which names exist) but sit in a cache of bounded size.
 */
class LoginThrottle {

    /** Made-up names tracked at most; a spray beyond this forgets some of them, never a user. */
    static final int MAX_STRANGERS = 100_000;

    /** Failures so far and when this record lapses (a lock lapses a window after it began). */
    private record Attempts(int failures, long expiresAtNanos) {
    }

    private final int attempts;
    private final long windowNanos;
    private final Predicate<String> known;
    private final Ticker ticker;
    private final Cache<String, Attempts> users;
    private final Cache<String, Attempts> strangers;

    LoginThrottle(int attempts, Duration window, Predicate<String> known, Ticker ticker) {
        this.attempts = attempts;
        this.windowNanos = window.toNanos();
        this.known = known;
        this.ticker = ticker;
        this.users = cache().build();
        this.strangers = cache().maximumSize(MAX_STRANGERS).build();
    }

    private Caffeine<String, Attempts> cache() {
        return Caffeine.newBuilder().ticker(ticker).expireAfter(new Expiry<String, Attempts>() {
            @Override
            public long expireAfterCreate(String name, Attempts a, long now) {
                return Math.max(0, a.expiresAtNanos() - now);
            }

            @Override
            public long expireAfterUpdate(String name, Attempts a, long now, long remaining) {
                return Math.max(0, a.expiresAtNanos() - now);
            }

            @Override
            public long expireAfterRead(String name, Attempts a, long now, long remaining) {
                return remaining;
            }
        });
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            succeeded(event.getAuthentication().getName());
        }
    }

    /** How long this name stays locked, if it is. */
    Optional<Duration> lockedFor(String name) {
        String key = UserDirectory.canonical(name);
        long now = ticker.read();
        long until = Math.max(remaining(users.getIfPresent(key), now), remaining(strangers.getIfPresent(key), now));
        return until > 0 ? Optional.of(Duration.ofNanos(until)) : Optional.empty();
    }

    void failed(String name) {
        String key = UserDirectory.canonical(name);
        Cache<String, Attempts> cache = known.test(key) ? users : strangers;
        cache.asMap().compute(key, (k, before) -> {
            long now = ticker.read();
            if (before != null && remaining(before, now) > 0) {
                return before; // locked: tries while locked neither count nor prolong the lock
            }
            int failures = before == null ? 1 : before.failures() + 1;
            return new Attempts(failures, now + windowNanos);
        });
    }

    void succeeded(String name) {
        String key = UserDirectory.canonical(name);
        users.invalidate(key);
        strangers.invalidate(key);
    }

    /** Nanoseconds left of a lock; 0 if these attempts are not (or no longer) a lock. */
    private long remaining(Attempts a, long now) {
        return a == null || a.failures() < attempts ? 0 : Math.max(0, a.expiresAtNanos() - now);
    }

    /** Made-up names tracked now (after pending evictions), for the bound's test. */
    long trackedStrangers() {
        strangers.cleanUp();
        return strangers.estimatedSize();
    }
}

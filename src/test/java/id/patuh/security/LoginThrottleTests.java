package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The throttle alone, on a clock the test moves: counts, locks, their lapse, and its bounds. */
class LoginThrottleTests {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Set<String> USERS = Set.of("inspektur", "admin");

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(5, WINDOW, USERS::contains, clock::get);

    @Test
    void locksANameAtTheFifthFailureNotBefore() {
        fail("inspektur", 4);
        assertThat(throttle.lockedFor("inspektur")).isEmpty();
        fail("inspektur", 1);
        assertThat(throttle.lockedFor("inspektur")).contains(WINDOW);
        assertThat(throttle.lockedFor("admin")).isEmpty();
    }

    @Test
    void aLockLapsesExactlyOneWindowAfterItBeganAndTriesWhileLockedDoNotProlongIt() {
        fail("inspektur", 5);
        clock.addAndGet(WINDOW.toNanos() / 2);
        fail("inspektur", 3);
        clock.addAndGet(WINDOW.toNanos() / 2 - 1);
        assertThat(throttle.lockedFor("inspektur")).contains(Duration.ofNanos(1));
        clock.addAndGet(1);
        assertThat(throttle.lockedFor("inspektur")).isEmpty();
        fail("inspektur", 4);
        assertThat(throttle.lockedFor("inspektur")).as("a lapsed lock starts a fresh count").isEmpty();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        fail("inspektur", 4);
        clock.addAndGet(WINDOW.toNanos());
        fail("inspektur", 4);
        assertThat(throttle.lockedFor("inspektur")).isEmpty();
        clock.addAndGet(WINDOW.toNanos() - 1);
        fail("inspektur", 1);
        assertThat(throttle.lockedFor("inspektur")).isPresent();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        fail("inspektur", 4);
        throttle.succeeded("inspektur");
        fail("inspektur", 4);
        assertThat(throttle.lockedFor("inspektur")).isEmpty();
        fail("inspektur", 1);
        assertThat(throttle.lockedFor("inspektur")).isPresent();
    }

    @Test
    void namesPaddedWithSpacesOrTabsCountAsTheNameItself() {
        throttle.failed(" inspektur");
        throttle.failed("inspektur  ");
        throttle.failed("\tinspektur");
        throttle.failed("inspektur\t\n");
        throttle.failed("\u00a0inspektur\u2003");
        assertThat(throttle.lockedFor("inspektur")).isPresent();
        assertThat(throttle.lockedFor("  inspektur\t")).isPresent();
        assertThat(throttle.lockedFor("Inspektur")).as("case is kept, as the user lookup keeps it").isEmpty();
    }

    @Test
    void madeUpNamesAreLockedLikeUsersSoALockTellsNothing() {
        fail("tidak-ada", 4);
        assertThat(throttle.lockedFor("tidak-ada")).isEmpty();
        fail("tidak-ada", 1);
        assertThat(throttle.lockedFor("tidak-ada")).contains(WINDOW);
    }

    @Test
    void aSprayOf200000NamesNeitherLiftsAUsersLockNorResetsAUsersCount() {
        fail("inspektur", 5);
        fail("admin", 4);
        for (int i = 0; i < 200_000; i++) {
            throttle.failed("semprot-" + i);
        }
        for (int i = 0; i < 25_000; i++) {
            fail("kunci-" + i, 5); // and made-up names locked on purpose, to crowd the locks
        }
        assertThat(throttle.trackedStrangers()).isLessThanOrEqualTo(LoginThrottle.MAX_STRANGERS);
        assertThat(throttle.lockedFor("inspektur")).isPresent();
        assertThat(throttle.lockedFor("admin")).isEmpty();
        fail("admin", 1);
        assertThat(throttle.lockedFor("admin")).as("the four failures before the spray still count").isPresent();
    }

    @Test
    void countsSpringsFailureEventsAndForgetsOnItsSuccessEvents() {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                " inspektur", "salah");
        for (int i = 0; i < 4; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        throttle.onSuccess(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "inspektur", null, java.util.List.of())));
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        assertThat(throttle.lockedFor("inspektur")).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        assertThat(throttle.lockedFor("inspektur")).isPresent();
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }
}

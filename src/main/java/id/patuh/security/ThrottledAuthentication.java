package id.patuh.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a name and password only when the {@link LoginThrottle} has not locked the name. The
 * check runs before the user lookup, for names of users and made-up names alike, so a lock does
 * not tell which names exist.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuthenticationProvider passwords;

    ThrottledAuthentication(LoginThrottle throttle, AuthenticationProvider passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        throttle.lockedFor(authentication.getName()).ifPresent(left -> {
            throw new SignInLocked(left);
        });
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

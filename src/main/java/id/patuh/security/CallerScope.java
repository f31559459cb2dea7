package id.patuh.security;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller as patuh sees it: name and tenant scope. */
@NamedInterface("api")
public final class CallerScope {

    /** Name recorded for work nobody signed in for (security switched off, the sweep). */
    public static final String SYSTEM = "patuh";

    private CallerScope() {
    }

    /** The caller's tenants; everything when security is off or no one is signed in (system work). */
    public static TenantScope current() {
        PatuhUser user = currentUser();
        return user == null ? TenantScope.ALL : user.scope();
    }

    public static String currentName() {
        PatuhUser user = currentUser();
        return user == null ? SYSTEM : user.username();
    }

    /** The signed-in user, if anyone is (nobody when security is switched off). */
    public static java.util.Optional<PatuhUser> signedIn() {
        return java.util.Optional.ofNullable(currentUser());
    }

    static PatuhUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof PatuhUser user) {
            return user;
        }
        return authentication.getDetails() instanceof PatuhUser user ? user : null;
    }
}

package id.patuh.console;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;
import id.patuh.security.Role;
import id.patuh.security.TenantScope;

/**
 * Who is looking at the console: the menus and forms a page shows follow these roles (the
 * security rules enforce the same on every request; hiding is only for a clean page).
 *
 * @param signedIn false when security is switched off: then everything is shown
 */
record ConsoleCaller(String name, Set<Role> roles, TenantScope scope, boolean signedIn) {

    static final Set<Role> DATA_READERS = EnumSet.of(Role.ADMIN, Role.INSPEKTORAT, Role.SEKCAM, Role.EVALUATOR);

    static ConsoleCaller current() {
        return CallerScope.signedIn()
                .map(user -> new ConsoleCaller(user.username(), user.roles(), user.scope(), true))
                .orElseGet(() -> new ConsoleCaller(CallerScope.SYSTEM, EnumSet.allOf(Role.class), TenantScope.ALL,
                        false));
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean readsData() {
        return hasAny(DATA_READERS);
    }

    /** Only the inspektorat accepts audit items, judges follow-ups and accepts exceptions. */
    public boolean followsUp() {
        return roles.contains(Role.INSPEKTORAT);
    }

    /** The unit's OPERATOR or SEKCAM reports what the unit did about an audit item. */
    public boolean reportsFollowUp() {
        return hasAny(EnumSet.of(Role.OPERATOR, Role.SEKCAM));
    }

    /** Who may open the findings pages: the data readers and the units' operators (to report). */
    public boolean readsFindings() {
        return readsData() || roles.contains(Role.OPERATOR);
    }

    public boolean uploads() {
        return hasAny(EnumSet.of(Role.OPERATOR, Role.ADMIN));
    }

    /** Operators and the Sekcam record their unit's steps as they happen. */
    public boolean recordsSteps() {
        return hasAny(EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
    }

    public String rolesLabel() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    public String tenantsLabel() {
        return scope.all() ? Texts.current("console.caller.all-units") : String.join(", ", scope.tenants());
    }
}

package id.patuh.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenants a caller may see or write: all of them (ADMIN, the system itself) or a fixed
 * set. Services filter every query with it. Serializable: the signed-in user ({@link PatuhUser})
 * carries it into the console session, which is kept in the store.
 */
public record TenantScope(boolean all, Set<String> tenants) implements Serializable {

    public static final TenantScope ALL = new TenantScope(true, Set.of());

    public TenantScope {
        tenants = Set.copyOf(tenants);
    }

    public static TenantScope of(Collection<String> tenants) {
        return tenants.contains("*") ? ALL : new TenantScope(false, new TreeSet<>(tenants));
    }

    /** Whether the unit (a tenant code, or a sub-unit {@code tenant/...}) is in scope. */
    public boolean allows(String unit) {
        if (all) {
            return true;
        }
        if (unit == null) {
            return false;
        }
        int slash = unit.indexOf('/');
        return tenants.contains(slash < 0 ? unit : unit.substring(0, slash));
    }
}

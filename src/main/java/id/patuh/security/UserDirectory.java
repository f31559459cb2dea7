package id.patuh.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import com.mongodb.client.model.Filters;

/**
 * Users from configuration, plus the admin that a first run generated (kept in the
 * {@code users} collection so its password is printed only once).
 *
 * <p>A name is looked up as {@link #canonical} makes it: the sign-in form trims the name it
 * receives and HTTP Basic does not, so both paths, and the sign-in throttle, use this one
 * function; a padded name is the same user (and counts against that user). Case is kept: names
 * differing only in case are different names, none of which is a user unless configured.
 */
class UserDirectory implements UserDetailsService {

    static final String USERS = "users";

    private final Map<String, PatuhUser> configured = new HashMap<>();
    private final MongoTemplate mongo;

    UserDirectory(PatuhSecurityProperties properties, MongoTemplate mongo) {
        this.mongo = mongo;
        for (PatuhSecurityProperties.User user : properties.users()) {
            String name = canonical(user.username());
            configured.put(name, new PatuhUser(name, user.password(),
                    user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()),
                    TenantScope.of(user.tenants())));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String given) {
        String username = canonical(given);
        PatuhUser user = configured.get(username);
        if (user != null) {
            return user;
        }
        Document stored = mongo.getCollection(USERS).find(Filters.eq("_id", username)).first();
        if (stored == null) {
            throw new UsernameNotFoundException("no such user");
        }
        List<Role> roles = stored.getList("roles", String.class, List.of()).stream().map(Role::valueOf).toList();
        return new PatuhUser(username, stored.getString("password"),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                TenantScope.of(stored.getList("tenants", String.class, List.of())));
    }

    /** Whether a sign-in with this name could succeed at all (the throttle keeps such names apart). */
    boolean knows(String given) {
        String username = canonical(given);
        return configured.containsKey(username)
                || mongo.getCollection(USERS).find(Filters.eq("_id", username)).first() != null;
    }

    /**
     * The name without what surrounds it: spaces, tabs, other white space and control
     * characters (a superset of what the form's {@code String.trim()} removes).
     */
    static String canonical(String name) {
        if (name == null) {
            return "";
        }
        int start = 0;
        int end = name.length();
        while (start < end && blank(name.charAt(start))) {
            start++;
        }
        while (end > start && blank(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    boolean anyUser() {
        return !configured.isEmpty() || mongo.getCollection(USERS).countDocuments() > 0;
    }

    void store(String username, String passwordHash, List<Role> roles, List<String> tenants) {
        mongo.getCollection(USERS).insertOne(new Document("_id", username).append("password", passwordHash)
                .append("roles", roles.stream().map(Role::name).toList()).append("tenants", tenants));
    }

    /** Users without their password hashes, for the admin. */
    List<Map<String, Object>> describe() {
        List<Map<String, Object>> users = new java.util.ArrayList<>();
        configured.values().forEach(u -> users.add(Map.of("username", u.username(), "roles", u.roles(),
                "tenants", u.scope().all() ? List.of("*") : u.scope().tenants(), "source", "configuration")));
        mongo.getCollection(USERS).find().forEach(d -> users.add(Map.of("username", d.getString("_id"),
                "roles", d.getList("roles", String.class), "tenants", d.getList("tenants", String.class),
                "source", "first-run")));
        return users;
    }
}

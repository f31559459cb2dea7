package id.patuh.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Roles and tenants of a JWT (e.g. from Keycloak) become a {@link PatuhUser}, so the rest of
 * patuh sees the same principal in both modes. Unknown role names are ignored.
 */
final class JwtClaimsConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PatuhSecurityProperties.Jwt claims;

    JwtClaimsConverter(PatuhSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list(jwt, claims.rolesClaim())) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(java.util.Locale.ROOT).replaceFirst("^ROLE_", "")));
            } catch (IllegalArgumentException ignored) {
                // a role of another application in the same realm
            }
        }
        PatuhUser user = new PatuhUser(jwt.getSubject(), "", roles, TenantScope.of(list(jwt, claims.tenantsClaim())));
        return new JwtAuthenticationToken(jwt, user.getAuthorities(), user.username()) {
            @Override
            public Object getDetails() {
                return user;
            }
        };
    }

    private static List<String> list(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? List.of() : values;
    }
}

package id.patuh.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param enabled           false only for local experiments: everything is then open
 * @param mode              {@code basic} (users below, HTTP Basic and sign-in form) or {@code jwt}
 *                          (an OAuth2 resource server; configure
 *                          {@code spring.security.oauth2.resourceserver.jwt.*})
 * @param users             configured users; passwords as bcrypt hashes ({@code {bcrypt}$2a$…})
 * @param jwt               claim names in {@code jwt} mode
 * @param prometheusPublic  let anyone read /actuator/prometheus (when a network policy guards it)
 * @param loginAttempts     failed sign-ins allowed per user name (API and console together), each
 *                          less than {@code loginWindow} after the one before; then the name is
 *                          locked for {@code loginWindow}
 */
@Validated
@ConfigurationProperties("patuh.security")
public record PatuhSecurityProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("basic") @NotNull Mode mode,
        @DefaultValue List<@Valid User> users,
        @DefaultValue @NotNull @Valid Jwt jwt,
        @DefaultValue("false") boolean prometheusPublic,
        @DefaultValue("5") @Min(1) int loginAttempts,
        @DefaultValue("PT5M") @NotNull Duration loginWindow) {

    /** How callers prove who they are. */
    public enum Mode { BASIC, JWT }

    /**
     * @param tenants tenant codes this user may see; {@code *} for all
     */
    public record User(@NotNull String username, @NotNull String password, @NotNull List<Role> roles,
            @DefaultValue List<String> tenants) {
    }

    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("tenants") String tenantsClaim) {
    }
}

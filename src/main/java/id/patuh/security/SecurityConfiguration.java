package id.patuh.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The access rules. Every endpoint is named here with the roles that may call it; anything
 * not named is denied, so a new endpoint without a rule fails the role × endpoint test.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Evaluators read findings too: the reports link every figure to them. */
    private static final String[] DATA_READERS = {"ADMIN", "INSPEKTORAT", "SEKCAM", "EVALUATOR"};
    private static final String[] REPORT_READERS = {"ADMIN", "INSPEKTORAT", "SEKCAM", "EVALUATOR"};
    /** Who fills in the SOP evaluation form (PermenPAN-RB 35/2012); the unit's Sekcam reads it. */
    private static final String[] SOP_EVALUATORS = {"INSPEKTORAT", "EVALUATOR"};
    /** A unit's operator reads its own findings too: it reports their follow-up (tenant-scoped). */
    private static final String[] FINDING_READERS = {"ADMIN", "INSPEKTORAT", "SEKCAM", "EVALUATOR", "OPERATOR"};
    /** The unit reports what it did about an audit item; the inspektorat takes every other step. */
    private static final String[] UNIT_REPORTERS = {"OPERATOR", "SEKCAM"};
    /** Every script and style comes from patuh itself; htmx needs no inline script. */
    private static final String CONSOLE_CSP = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(PatuhSecurityProperties properties, MongoTemplate mongo) {
        return new UserDirectory(properties, mongo);
    }

    @Bean
    LoginThrottle loginThrottle(PatuhSecurityProperties properties, UserDirectory users) {
        return new LoginThrottle(properties.loginAttempts(), properties.loginWindow(), users::knows,
                Ticker.systemTicker());
    }

    /** Only in basic mode: users live in configuration or (first run) in the store. */
    @EventListener(ApplicationReadyEvent.class)
    void firstRun(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        PatuhSecurityProperties properties = context.getBean(PatuhSecurityProperties.class);
        boolean command = context.getEnvironment().getProperty("patuh.cli", Boolean.class, false);
        if (properties.enabled() && properties.mode() == PatuhSecurityProperties.Mode.BASIC && !command) {
            BootstrapAdmin.ensure(context.getBean(UserDirectory.class), context.getBean(PasswordEncoder.class));
        }
    }

    /** The HTTP rules, only where there is a web server (commands run without one). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebRules {

        @Bean
        SignIn signIn(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle,
                AuthenticationEventPublisher events) {
            return new SignIn(users, encoder, throttle, events);
        }

        @Bean
        TomcatErrorPages tomcatErrorPages() {
            return new TomcatErrorPages();
        }

        /**
         * The web console and the printable report pages: a browser session (sign-in form,
         * CSRF tokens on every form). HTTP Basic is accepted too so the report pages stay
         * reachable for scripts, as before the console existed.
         */
        @Bean
        @Order(1)
        SecurityFilterChain console(HttpSecurity http, PatuhSecurityProperties properties, SignIn signIn)
                throws Exception {
            http.securityMatcher("/", "/login", "/logout", "/console", "/console/**", "/reports/**",
                            "/assets/**", "/webjars/**")
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_CSP))
                            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
            if (!properties.enabled()) {
                return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
            }
            http.authorizeHttpRequests(a -> a
                    .requestMatchers("/login", "/assets/**", "/webjars/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/", "/console").authenticated()
                    .requestMatchers(HttpMethod.GET, "/console/findings", "/console/findings/**")
                            .hasAnyRole(FINDING_READERS)
                    .requestMatchers(HttpMethod.POST, "/console/findings/*/tindak-lanjut").hasAnyRole(UNIT_REPORTERS)
                    .requestMatchers(HttpMethod.POST, "/console/findings/*/*", "/console/findings/rekomendasi")
                            .hasRole("INSPEKTORAT")
                    .requestMatchers(HttpMethod.GET, "/console/sops/*/evaluasi").hasAnyRole(REPORT_READERS)
                    .requestMatchers(HttpMethod.POST, "/console/sops/*/evaluasi").hasAnyRole(SOP_EVALUATORS)
                    .requestMatchers(HttpMethod.GET, "/console/sops", "/console/sops/**").authenticated()
                    .requestMatchers(HttpMethod.GET, "/console/panduan-kolom").authenticated()
                    .requestMatchers("/console/catat", "/console/catat/**").hasAnyRole("OPERATOR", "SEKCAM", "ADMIN")
                    .requestMatchers("/console/import", "/console/import/**").hasAnyRole("OPERATOR", "ADMIN")
                    .requestMatchers("/console/sop-import", "/console/sop-import/**").hasRole("ADMIN")
                    .requestMatchers(HttpMethod.GET, "/reports/**").hasAnyRole(REPORT_READERS)
                    .anyRequest().denyAll())
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?keluar"));
            // the form and HTTP Basic share one authentication, and so one sign-in throttle
            signIn.form(http);
            signIn.basic(http);
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain api(HttpSecurity http, PatuhSecurityProperties properties, SignIn signIn)
                throws Exception {
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
            if (!properties.enabled()) {
                return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
            }
            http.authorizeHttpRequests(a -> a
                    .requestMatchers("/error", "/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/actuator/prometheus").access(properties.prometheusPublic()
                            ? (auth, ctx) -> new org.springframework.security.authorization.AuthorizationDecision(true)
                            : org.springframework.security.authorization.AuthorityAuthorizationManager
                                    .hasAnyRole("SCRAPER", "ADMIN"))
                    .requestMatchers("/actuator/info").authenticated()
                    .requestMatchers(HttpMethod.GET, "/api/sops/*/evaluasi").hasAnyRole(REPORT_READERS)
                    .requestMatchers(HttpMethod.PUT, "/api/sops/*/evaluasi").hasAnyRole(SOP_EVALUATORS)
                    .requestMatchers(HttpMethod.GET, "/api/sops", "/api/sops/**").authenticated()
                    .requestMatchers(HttpMethod.POST, "/api/activities", "/api/indicators", "/api/requests")
                            .hasAnyRole("OPERATOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/imports").hasAnyRole("OPERATOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/indicators/template.xlsx").authenticated()
                    .requestMatchers(HttpMethod.POST, "/api/evidence").hasAnyRole("OPERATOR", "SEKCAM", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/evidence", "/api/evidence/**")
                            .hasAnyRole("OPERATOR", "ADMIN", "INSPEKTORAT", "SEKCAM", "EVALUATOR")
                    .requestMatchers(HttpMethod.GET, "/api/findings", "/api/findings/**").hasAnyRole(FINDING_READERS)
                    .requestMatchers(HttpMethod.GET, "/api/overview").hasAnyRole(FINDING_READERS)
                    .requestMatchers(HttpMethod.POST, "/api/findings/*/tindak-lanjut").hasAnyRole(UNIT_REPORTERS)
                    .requestMatchers(HttpMethod.POST, "/api/findings/*/*", "/api/findings/rekomendasi")
                            .hasRole("INSPEKTORAT")
                    .requestMatchers(HttpMethod.GET, "/api/admin/audit").hasAnyRole("ADMIN", "INSPEKTORAT")
                    .requestMatchers("/api/admin/**").hasRole("ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(REPORT_READERS)
                    .anyRequest().denyAll());
            if (properties.mode() == PatuhSecurityProperties.Mode.JWT) {
                http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(
                        new JwtClaimsConverter(properties.jwt()))));
            } else {
                signIn.basic(http);
            }
            return http.build();
        }
    }
}

package id.patuh.security;

import java.util.Map;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Name-and-password sign-in, the same for both filter chains: one authentication manager whose
 * every outcome is published (the throttle and the audit log listen), the throttle's lock checked
 * before any password, and HTTP Basic read strictly.
 */
final class SignIn {

    private final ProviderManager manager;
    private final StrictBasicAuthenticationConverter basicHeader;

    SignIn(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        this.manager = new ProviderManager(new ThrottledAuthentication(throttle, passwords));
        manager.setAuthenticationEventPublisher(events);
        this.basicHeader = new StrictBasicAuthenticationConverter(events);
    }

    /** HTTP Basic: 401 for a wrong or malformed header, 429 with Retry-After for a locked name. */
    void basic(HttpSecurity http) throws Exception {
        http.authenticationManager(manager).httpBasic(basic -> basic.authenticationEntryPoint(new SignInEntryPoint())
                .withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
                    @Override
                    public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationConverter(basicHeader);
                        return filter;
                    }
                }));
    }

    /** The console's form: back to the form with {@code ?gagal}, or {@code ?terkunci} while locked. */
    void form(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?gagal");
        failure.setExceptionMappings(Map.of(SignInLocked.class.getName(), "/login?terkunci"));
        http.authenticationManager(manager).formLogin(form -> form.loginPage("/login")
                .defaultSuccessUrl("/console", false).failureHandler(failure));
    }
}

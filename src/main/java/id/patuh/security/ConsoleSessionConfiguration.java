package id.patuh.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** What the console's sessions in the store (Spring Session, see application.yml) need beside Boot's own set-up. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSessionConfiguration {

    /** Just outside Spring Session's filter, which reads and writes the session in the store. */
    @Bean
    FilterRegistrationBean<SessionStoreOutageFilter> sessionStoreOutageFilter() {
        FilterRegistrationBean<SessionStoreOutageFilter> registration =
                new FilterRegistrationBean<>(new SessionStoreOutageFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}

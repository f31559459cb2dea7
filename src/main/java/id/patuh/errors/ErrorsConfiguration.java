package id.patuh.errors;

import java.util.EnumSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import id.patuh.store.StoreProperties;

import jakarta.servlet.DispatcherType;

/** Registers {@link OutageErrorDispatch} for the container's error dispatch, before Spring Security. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorsConfiguration {

    @Bean
    FilterRegistrationBean<OutageErrorDispatch> outageErrorDispatch(StoreProperties store) {
        FilterRegistrationBean<OutageErrorDispatch> registration =
                new FilterRegistrationBean<>(new OutageErrorDispatch(store));
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

package id.patuh.messages;

import java.util.EnumSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.DispatcherType;

/** The bundles as the application's {@link MessageSource}, and how a request picks its language. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /** Named so that Boot's own message source steps aside and Thymeleaf's {@code #{…}} reads our bundles. */
    @Bean
    MessageSource messageSource() {
        return Texts.source();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebLocales implements WebMvcConfigurer {

        /** The name DispatcherServlet looks up. */
        @Bean
        LocaleResolver localeResolver() {
            return new RequestLocales();
        }

        @Bean
        FilterRegistrationBean<RequestLocaleFilter> requestLocaleFilter(LocaleResolver localeResolver) {
            FilterRegistrationBean<RequestLocaleFilter> registration =
                    new FilterRegistrationBean<>(new RequestLocaleFilter((RequestLocales) localeResolver));
            // first of all, so that every later filter (the error dispatch's outage page included) reads it
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC,
                    DispatcherType.ERROR));
            return registration;
        }

        /** {@code ?lang=en} or {@code ?lang=id} on any console page keeps that language (a cookie). */
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            LocaleChangeInterceptor change = new LocaleChangeInterceptor();
            change.setParamName("lang");
            change.setIgnoreInvalidLocale(true);
            registry.addInterceptor(change);
        }
    }
}

package id.patuh.console;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends an upload that declares a body over the multipart limit back to the upload form, told
 * the limit, before the CSRF check. The CSRF token rides in the form's body (an address would
 * leak it to logs and the Referer), and Tomcat reads none of the fields of an oversized body,
 * so the check would refuse the upload (403) instead of telling the operator why. Nothing is
 * read or stored here: the answer is only a redirect to the form. {@link ImportTooLargeAdvice}
 * still catches a body that turns out too large without saying so beforehand.
 */
class ImportSizeGuard extends OncePerRequestFilter {

    private final long limit;

    ImportSizeGuard(long limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/console/import".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.sendRedirect(request.getContextPath() + "/console/import?terlalu-besar");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Before Spring Security's filters; the smaller of the file and request limits. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Registration {

        @Bean
        FilterRegistrationBean<ImportSizeGuard> importSizeGuard(ObjectProvider<MultipartProperties> multipartLimits) {
            MultipartProperties multipart = multipartLimits.getIfAvailable();
            FilterRegistrationBean<ImportSizeGuard> registration = new FilterRegistrationBean<>(
                    new ImportSizeGuard(multipart == null ? Long.MAX_VALUE : limit(multipart)));
            registration.addUrlPatterns("/console/import");
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
            // without multipart support (spring.servlet.multipart.enabled=false) there is no limit to guard
            registration.setEnabled(multipart != null);
            return registration;
        }

        private static long limit(MultipartProperties multipart) {
            long file = multipart.getMaxFileSize().toBytes();
            long request = multipart.getMaxRequestSize().toBytes();
            return Math.min(file < 0 ? Long.MAX_VALUE : file, request < 0 ? Long.MAX_VALUE : request);
        }
    }
}

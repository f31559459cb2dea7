package id.patuh.security;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link HeaderedErrorReportValve} where Tomcat keeps its error valve: on the host, in
 * place of the plain one Spring Boot adds, and as the host's error valve class so that Tomcat
 * adds no plain one of its own when the host starts. Runs after Boot's customizer.
 */
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof HeaderedErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

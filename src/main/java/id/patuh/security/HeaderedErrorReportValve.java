package id.patuh.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (a malformed URL such as {@code /%} is refused before any filter of
 * the application runs, so Spring Security never adds its headers) with the same protective
 * headers as the application's answers, and without the report or Tomcat's version.
 *
 * <p>Public with a no-argument constructor because Tomcat's host creates its error valve from
 * the class name ({@link TomcatErrorPages}).
 */
public class HeaderedErrorReportValve extends ErrorReportValve {

    /** As strict as the API's policy: Tomcat's page needs no script, frame, form or image. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "form-action 'none'; base-uri 'none'";

    public HeaderedErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
        }
        super.report(request, response, throwable);
    }
}

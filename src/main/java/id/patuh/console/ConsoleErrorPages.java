package id.patuh.console;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import id.patuh.errors.ErrorPages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page of a console or report page opened in a browser (a 403 of the access rules, a
 * 404, a refused parameter, a store outage): the console's layout with its menu, the status,
 * and the refusal's own message when there is one, instead of a problem detail as raw JSON.
 * Boot's {@code /error} asks this resolver only when the browser accepts HTML; other paths keep
 * the plain {@code error} page.
 */
@Component
class ConsoleErrorPages implements ErrorViewResolver, Ordered {

    /** The failed request's query (the servlet spec names it; jakarta.servlet 6.0 has no constant for it). */
    static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private final ConsoleProperties properties;

    ConsoleErrorPages(ConsoleProperties properties) {
        this.properties = properties;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !ErrorPages.isPagePath(uri.substring(request.getContextPath().length()))) {
            return null;
        }
        ConsoleCaller caller = ConsoleCaller.current();
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", status.value());
        page.put("detail", request.getAttribute(ErrorPages.DETAIL));
        page.put("caller", caller);
        page.put("menu", ConsoleMenu.of(caller));
        page.put("console", properties);
        page.put("languages", ConsoleLanguages.of(uri, (String) request.getAttribute(ERROR_QUERY_STRING),
                request.getLocale()));
        return new ModelAndView("console/error", page, status);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

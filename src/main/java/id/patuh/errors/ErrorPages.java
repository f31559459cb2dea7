package id.patuh.errors;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.modulith.NamedInterface;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which failed requests get the console's error page instead of a problem detail: a browser
 * (it names {@code text/html} in Accept; a wildcard does not count, so scripts and htmx keep
 * JSON) asking for a console or a report page. A request attribute carries the refusal's
 * message from the advice to the page rendered at {@code /error}.
 */
@NamedInterface("api")
public final class ErrorPages {

    /** The refusal's message, when it is one a user can act on (else the page says it in general words). */
    public static final String DETAIL = ErrorPages.class.getName() + ".detail";

    private ErrorPages() {
    }

    /** Whether {@code path} (without the context path) is one of the pages a browser opens. */
    public static boolean isPagePath(String path) {
        return path.equals("/") || path.equals("/console") || path.startsWith("/console/")
                || path.startsWith("/reports/");
    }

    static boolean wanted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isPagePath(path) && acceptsHtml(request.getHeader("Accept"));
    }

    static boolean acceptsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype()
                    && (t.isCompatibleWith(MediaType.TEXT_HTML) || t.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}

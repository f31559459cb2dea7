package id.patuh.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the multipart limit fails before any controller is chosen, so only an advice
 * without selectors sees it, and it must come before the problem-details handler that would
 * answer a bare 413: the operator lands on the upload page again, told the limit. Anything but
 * the console keeps the 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/console/")) {
            throw e;
        }
        return "redirect:/console/import?terlalu-besar";
    }
}

package id.patuh.overview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.security.CallerScope;

/** {@code GET /api/overview?unit=&period=}: the console's start page as JSON, for the caller's units. */
@RestController
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/api/overview")
    Overview overview(@RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        return overview.overview(CallerScope.current(), unit, period);
    }
}

package id.patuh.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.overview.Overview;
import id.patuh.overview.OverviewCharts;
import id.patuh.overview.OverviewService;

/**
 * The sign-in form and the start page. The start page is the compliance overview of the caller's
 * units (issue 17), for everyone who reads findings; the others see what they can do.
 */
@Controller
class HomeController {

    private final OverviewService overview;

    HomeController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    /** A period that cannot be read shows the current quarter with a message instead of an error page. */
    @GetMapping("/console")
    String home(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
            Model model) {
        ConsoleCaller caller = ConsoleCaller.current();
        if (!caller.readsFindings()) {
            return "console/home";
        }
        Overview shown;
        try {
            shown = overview.overview(caller.scope(), unit, period);
        } catch (DomainException e) {
            if (e.refusal() != Refusal.INVALID || period == null) {
                throw e;
            }
            model.addAttribute("problem", e.detail());
            shown = overview.overview(caller.scope(), unit, null);
        }
        model.addAttribute("overview", shown);
        model.addAttribute("trendChart", OverviewCharts.trend(shown.trend()));
        model.addAttribute("sopChart", shown.sops().isEmpty() ? null : OverviewCharts.sops(shown.sops()));
        List<String> stepCharts = new ArrayList<>();
        for (int i = 0; i < shown.sops().size(); i++) {
            stepCharts.add(OverviewCharts.steps(shown.sops().get(i), i));
        }
        model.addAttribute("stepCharts", stepCharts);
        return "console/home";
    }
}

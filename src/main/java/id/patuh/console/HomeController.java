package id.patuh.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form and the start page with what the caller can do. */
@Controller
class HomeController {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}

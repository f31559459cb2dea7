package id.patuh.console;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What every console page's layout needs: the caller, their menu, their Grafana dashboards, the language switch. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final ConsoleProperties properties;

    ConsoleModel(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("caller")
    ConsoleCaller caller() {
        return ConsoleCaller.current();
    }

    @ModelAttribute("menu")
    ConsoleMenu menu() {
        return ConsoleMenu.of(ConsoleCaller.current());
    }

    @ModelAttribute("dashboards")
    GrafanaDashboards dashboards() {
        return GrafanaDashboards.of(ConsoleCaller.current(), properties);
    }

    @ModelAttribute("languages")
    ConsoleLanguages languages(HttpServletRequest request, Locale locale) {
        return ConsoleLanguages.of(request.getRequestURI(), request.getQueryString(), locale);
    }

    @ModelAttribute("console")
    ConsoleProperties console() {
        return properties;
    }
}

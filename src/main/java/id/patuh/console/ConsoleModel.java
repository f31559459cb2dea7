package id.patuh.console;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the caller, their menu, their Grafana dashboards. */
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

    @ModelAttribute("console")
    ConsoleProperties console() {
        return properties;
    }
}

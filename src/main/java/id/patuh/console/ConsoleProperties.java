package id.patuh.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param grafanaUrl base address of the Grafana that shows patuh's provisioned dashboards
 *                   (links are {@code <grafanaUrl>/d/<uid>}); empty hides the links
 * @param pageSize   rows per page in the console's lists
 */
@Validated
@ConfigurationProperties("patuh.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:3000") @NotNull String grafanaUrl,
        @DefaultValue("25") @Min(5) @Max(500) int pageSize) {

    /** The dashboard link for a provisioned dashboard uid, or null when no Grafana is configured. */
    public String dashboard(String uid) {
        if (grafanaUrl.isBlank()) {
            return null;
        }
        return grafanaUrl.replaceAll("/+$", "") + "/d/" + uid;
    }
}

package id.patuh.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param dir folder of SOP YAML files; when it does not exist, the catalog packaged with
 *            the application is used
 */
@Validated
@ConfigurationProperties("patuh.catalog")
public record CatalogProperties(@DefaultValue("sop-catalog") @NotNull Path dir) {
}

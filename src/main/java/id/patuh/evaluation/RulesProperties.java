package id.patuh.evaluation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir folder of {@code *.drl} files and {@code *.drl.csv} decision tables; relative to the
 *            working directory. When it does not exist, the rules packaged in the jar are used.
 */
@ConfigurationProperties("patuh.rules")
public record RulesProperties(@DefaultValue("rules") Path dir) {

    public RulesProperties {
        dir = dir == null ? Path.of("rules") : dir;
    }
}

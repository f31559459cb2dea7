package id.patuh.evaluation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import id.patuh.catalog.RoleAbbreviations;
import jakarta.validation.constraints.Min;

/**
 * @param dir           folder of {@code *.drl} files and {@code *.drl.csv} decision tables; relative to
 *                      the working directory. When it does not exist, the rules packaged in the jar are used.
 * @param abbreviations the title abbreviations ({@code config/role-abbreviations.yaml}); when the file
 *                      does not exist, the copy packaged in the jar is used
 * @param trialSample   how many stored cases and how many stored subjects a reload tries the new rules
 *                      on before swapping them in (a built-in sample when nothing is stored)
 */
@Validated
@ConfigurationProperties("patuh.rules")
public record RulesProperties(
        @DefaultValue("rules") Path dir,
        @DefaultValue("config/role-abbreviations.yaml") Path abbreviations,
        @DefaultValue("20") @Min(0) int trialSample) {

    @ConstructorBinding
    public RulesProperties {
        dir = dir == null ? Path.of("rules") : dir;
        abbreviations = abbreviations == null ? RoleAbbreviations.DEFAULT_FILE : abbreviations;
    }

    /** The rules of {@code dir}, the default abbreviations file and trial sample. */
    public RulesProperties(Path dir) {
        this(dir, RoleAbbreviations.DEFAULT_FILE, 20);
    }
}

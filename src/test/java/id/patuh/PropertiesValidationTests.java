package id.patuh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import id.patuh.calendar.CalendarProperties;
import id.patuh.catalog.CatalogProperties;
import id.patuh.console.ConsoleProperties;
import id.patuh.evaluation.RulesProperties;
import id.patuh.evidence.EvidenceProperties;
import id.patuh.findings.EvaluationProperties;
import id.patuh.ingest.IngestProperties;
import id.patuh.metrics.MetricsProperties;
import id.patuh.report.ReportProperties;
import id.patuh.security.PatuhSecurityProperties;
import id.patuh.sopimport.SopImportProperties;
import id.patuh.store.StoreProperties;

/**
 * Every {@code patuh.*} properties record is validated when it is bound: a value out of range
 * stops the start with a message naming the property, its value and the rule, instead of
 * failing later (a zero sweep interval used to fail only when the sweep was scheduled) or not
 * at all. The defaults of each record pass. (The path-only records, calendar and catalog, have no
 * bound value a constraint could refuse: their paths are checked when they are read.)
 */
class PropertiesValidationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(EveryRecord.class)
            // the one setting without a default (application.yml sets it)
            .withPropertyValues("patuh.evidence.allowed-types=application/pdf");

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(EvaluationProperties.class, "patuh.evaluation.sweep-interval", "0s"),
                Arguments.of(MetricsProperties.class, "patuh.metrics.refresh-interval", "100ms"),
                Arguments.of(MetricsProperties.class, "patuh.metrics.max-units", "0"),
                Arguments.of(RulesProperties.class, "patuh.rules.trial-sample", "-1"),
                Arguments.of(ConsoleProperties.class, "patuh.console.page-size", "4"),
                Arguments.of(IngestProperties.class, "patuh.ingest.batch-size", "0"),
                Arguments.of(ReportProperties.class, "patuh.report.ready-above", "101"),
                Arguments.of(SopImportProperties.class, "patuh.sop-import.max-steps", "0"),
                Arguments.of(PatuhSecurityProperties.class, "patuh.security.login-attempts", "0"),
                Arguments.of(StoreProperties.class, "patuh.store.database", " "),
                Arguments.of(EvidenceProperties.class, "patuh.evidence.allowed-types", ""));
    }

    @ParameterizedTest(name = "{1}={2}")
    @MethodSource("badValues")
    void aBadValueStopsTheStartNamingTheProperty(Class<?> record, String property, String value) {
        context.withPropertyValues(property + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(started.getStartupFailure());
            assertThat(cause).isInstanceOf(BindValidationException.class);
            int dot = property.lastIndexOf('.');
            assertThat(cause.getMessage()).as("names the property and the value")
                    .contains("'" + property.substring(0, dot) + "'")
                    .contains("'" + camel(property.substring(dot + 1)) + "'")
                    .contains("rejected value [");
            assertThat(started.getStartupFailure()).as("names the record")
                    .hasMessageContaining(record.getSimpleName());
        });
    }

    @Test
    void theDefaultsPass() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started).hasSingleBean(CalendarProperties.class).hasSingleBean(CatalogProperties.class);
            badValues().map(a -> (Class<?>) a.get()[0]).forEach(record -> assertThat(started).hasSingleBean(record));
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CalendarProperties.class, CatalogProperties.class, ConsoleProperties.class,
            RulesProperties.class, EvidenceProperties.class, EvaluationProperties.class, IngestProperties.class,
            MetricsProperties.class, ReportProperties.class, PatuhSecurityProperties.class,
            SopImportProperties.class, StoreProperties.class})
    static class EveryRecord {
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}

package id.patuh.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** The border rule reports a bypass, and only a bypass (fixture modules under {@code fixture}). */
class FacadeBordersTests {

    private static final String ROOT = "id.patuh.modularity.fixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void reportsAModuleThatReachesPastAFacade() {
        EvaluationResult result = FacadeBorders.ofModulesUnder(ROOT).evaluate(FIXTURE);

        List<String> violations = result.getFailureReport().getDetails();
        assertThat(result.hasViolation()).isTrue();
        assertThat(violations).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("module 'billing' bypasses the façade of module 'shop'")
                .contains("PriceBypass").contains("PriceTable"));
    }

    @Test
    void acceptsFacadesRecordsEnumsAndExceptionsAcrossTheBorder() {
        JavaClasses withoutBypass = FIXTURE.that(DescribedPredicate.not(JavaClass.Predicates.simpleName("PriceBypass")));

        EvaluationResult result = FacadeBorders.ofModulesUnder(ROOT).evaluate(withoutBypass);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void letsAModuleUseItsOwnInternals() {
        JavaClasses shopOnly = FIXTURE.that(JavaClass.Predicates.resideInAPackage(ROOT + ".shop"));

        assertThat(FacadeBorders.ofModulesUnder(ROOT).evaluate(shopOnly).hasViolation()).isFalse();
    }

    @Test
    void knowsTheModuleOfAClassByItsFirstPackageUnderTheRoot() {
        JavaClass bypass = FIXTURE.get(ROOT + ".billing.PriceBypass");

        assertThat(FacadeBorders.moduleOf(bypass, ROOT)).contains("billing");
        assertThat(FacadeBorders.moduleOf(bypass, "id.patuh")).contains("modularity");
        assertThat(FacadeBorders.moduleOf(bypass, "org.example")).isEmpty();
    }
}

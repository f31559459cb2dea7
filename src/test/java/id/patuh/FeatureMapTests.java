package id.patuh;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The features (top-level packages) depend on each other without cycles. */
@AnalyzeClasses(packages = "id.patuh", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureMapTests {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("id.patuh.(*)..").should().beFreeOfCycles();
}

package id.patuh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import id.patuh.modularity.FacadeBorders;

/**
 * The module map (docs/architecture.md) holds: no cycles between modules, no reaching into another
 * module's sub-packages (Spring Modulith), and no use of another module past its façade
 * ({@link FacadeBorders}).
 */
class ModularityTests {

    /**
     * The start class is the composition root, not a module: it dispatches to the command line
     * and the command line starts the application from it.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(PatuhApplication.class,
            JavaClass.Predicates.equivalentTo(PatuhApplication.class));

    @Test
    void modulesAreFreeOfCyclesAndInternalAccess() {
        MODULES.verify();
    }

    @Test
    void modulesAreUsedOnlyThroughTheirFacades() {
        FacadeBorders.ofModulesUnder("id.patuh").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.patuh"));
    }

    /**
     * One error model (docs/reliability.md): what a feature refuses is a {@code DomainException}
     * with a {@code Refusal}; only the web layer (controllers, advices, filters) knows HTTP.
     */
    @Test
    void refusalsCarryNoHttpTypes() {
        ArchRuleDefinition.noClasses().that().areAssignableTo(RuntimeException.class)
                .and().resideInAPackage("id.patuh..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..")
                .because("a refusal says what went wrong; errors.ProblemAdvice and the console's error pages "
                        + "decide the status")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.patuh"));
    }

    /**
     * The generated module documentation. Written to target/modules on every run (so a module the
     * documenter cannot draw fails here); the committed copy in docs/modules/ is refreshed on
     * purpose, because the generator orders its lines differently from run to run:
     * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.docs=docs/modules}.
     */
    @Test
    void writesModuleDocumentation() {
        String folder = System.getProperty("modules.docs", "target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

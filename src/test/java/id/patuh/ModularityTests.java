package id.patuh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

    /** The generated module documentation in docs/modules/ (committed: it is the documentation). */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

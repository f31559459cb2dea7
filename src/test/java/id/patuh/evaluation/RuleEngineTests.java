package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;

import id.patuh.evaluation.fact.Violation;

/** Compiling the rules folder: errors, decision tables, versions, the KieRepository. */
class RuleEngineTests {

    @TempDir
    Path temp;

    @Test
    void everyFindingCodeHasARuleAndEveryDrlRuleNameStartsWithItsCode() {
        Set<String> codes = Fixtures.engine().ruleNames().stream()
                .filter(name -> !name.matches("(Severity|Severity override|Capaian band|Verification window)_\\d+"))
                .map(name -> name.split(" ")[0])
                .collect(Collectors.toSet());

        assertThat(codes).isEqualTo(Violation.CODES);
    }

    @Test
    void decisionTableRowsAreLoadedAsRules() {
        assertThat(Fixtures.engine().ruleNames())
                .filteredOn(name -> name.startsWith("Severity_")).hasSize(16);
        assertThat(Fixtures.engine().ruleNames()).contains("Capaian band_11");
    }

    @Test
    void versionIsAHashOfFileNamesAndContents() throws IOException {
        Path copy = copyRules();
        assertThat(RuleEngine.compile(copy).version()).isEqualTo(Fixtures.engine().version()).hasSize(12);

        Files.writeString(copy.resolve("catalog.drl"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleEngine.compile(copy).version()).isNotEqualTo(Fixtures.engine().version());
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("broken.drl"), """
                package id.patuh.rules;

                rule "MISSING_OUTPUT broken"
                when
                    StepRun( stepNo == )
                then
                end
                """);

        assertThatThrownBy(() -> RuleEngine.compile(copy))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("broken.drl:5: [ERR 101] Line 5:")
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl")));
    }

    @Test
    void unknownFactTypeNamesFileAndLine() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("unknown.drl"), """
                package id.patuh.rules;

                rule "MISSING_OUTPUT unknown fact"
                when
                    NoSuchFact( )
                then
                end
                """);

        assertThatThrownBy(() -> RuleEngine.compile(copy))
                .hasMessageContaining("unknown.drl:")
                .hasMessageContaining("NoSuchFact");
    }

    @Test
    void malformedDecisionTableNamesTheFile() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("priority.drl.csv"), """
                RuleSet,id.patuh.rules
                RuleTable Broken
                CONDITION,PRIORITY
                id.patuh.evaluation.fact.Violation,
                "matchesCode(""$param"")",
                Code,Priority
                STEP_SKIPPED,high
                """);

        assertThatThrownBy(() -> RuleEngine.compile(copy))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("priority.drl.csv: ")
                .hasMessageContaining("Priority is not an integer literal");
    }

    @Test
    void spreadsheetWithoutDrlInItsNameIsRefusedBecauseDroolsWouldLoadNoRulesFromIt() throws IOException {
        Path copy = copyRules();
        Files.move(copy.resolve("severity.drl.csv"), copy.resolve("severity.csv"));

        assertThatThrownBy(() -> RuleEngine.compile(copy))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("severity.csv: ")
                .hasMessageContaining("must be named *.drl.csv");
    }

    @Test
    void severityTableThatGivesNoValidSeverityIsRefused() throws IOException {
        Path copy = copyRules();
        replace(copy.resolve("severity.drl.csv"), "STEP_SKIPPED,,,tinggi", "STEP_SKIPPED,,,tingi");

        assertThatThrownBy(() -> RuleEngine.compile(copy))
                .hasMessageContaining("severity.drl.csv:14: ")
                .hasMessageContaining("STEP_SKIPPED");
    }

    @Test
    void rulesWithoutACapaianBandAreRefused() throws IOException {
        Path copy = copyRules();
        Files.delete(copy.resolve("capaian-band.drl.csv"));

        assertThatThrownBy(() -> RuleEngine.compile(copy)).hasMessageContaining("capaian-band.drl.csv: ");
    }

    @Test
    void editingTheSeverityTableChangesTheSeverity() throws IOException {
        Path copy = copyRules();
        replace(copy.resolve("severity.drl.csv"), "DURATION_EXCEEDED,2,,sedang", "DURATION_EXCEEDED,1.5,,sedang");
        RuleEngine edited = RuleEngine.compile(copy);
        // Kemlagi step 3 (60 minutes) took 108 working minutes: 1.8x the standard.
        CaseInput input = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-02T08:00")).steps(1, 2)
                .step(3, e -> e.startAt(wib("2024-07-02T09:00")).finishAt(wib("2024-07-02T10:48")))
                .at(wib("2024-07-03T09:00"));

        assertThat(withCode(Fixtures.engine().evaluateCase(input), "DURATION_EXCEEDED"))
                .singleElement().extracting(Finding::severity).isEqualTo("rendah");
        assertThat(withCode(edited.evaluateCase(input), "DURATION_EXCEEDED"))
                .singleElement().extracting(Finding::severity).isEqualTo("sedang");
        edited.dispose();
    }

    @Test
    void editingTheCapaianBandChangesTheFindingAndTheFirstMatchingRowWins() throws IOException {
        Path copy = copyRules();
        replace(copy.resolve("capaian-band.drl.csv"), "*,0,200", "IKU-1,0,300\n*,0,200");
        RuleEngine edited = RuleEngine.compile(copy);
        SubjectInput capaian250 = SubjectScript.create().record("rec-1", r -> r.values("40", "100"))
                .at(wib("2024-07-01T09:00"));

        assertThat(Fixtures.codes(Fixtures.engine().evaluateSubject(capaian250))).containsExactly("REALIZATION_ANOMALY");
        assertThat(edited.evaluateSubject(capaian250)).isEmpty();
        edited.dispose();
    }

    @Test
    void packagedRulesAreTheRulesFolder() {
        RuleEngine packaged = RuleEngine.compilePackaged();

        assertThat(packaged.version()).isEqualTo(Fixtures.engine().version());
        assertThat(packaged.ruleNames()).isEqualTo(Fixtures.engine().ruleNames());
    }

    @Test
    void disposeRemovesTheModuleFromTheKieRepository() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("extra.drl"), "package id.patuh.rules;\n// unique version\n");
        RuleEngine engine = RuleEngine.compile(copy);
        var repository = KieServices.get().getRepository();
        assertThat(repository.getKieModule(engine.releaseId())).isNotNull();

        engine.dispose();

        assertThat(repository.getKieModule(engine.releaseId())).isNull();
        assertThat(engine.evaluateCatalog(Fixtures.sop(Fixtures.KEMLAGI), wib("2024-07-01T09:00"))).hasSize(1);
    }

    @Test
    void evaluatingTwiceYieldsIdenticalFindings() {
        CaseInput input = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1)
                .step(2, e -> e.role = "Staff")
                .step(4, e -> e.kelengkapan = List.of())
                .step(5, e -> e.startAt(wib("2024-07-01T09:00")).finishAt(wib("2024-07-01T15:00")))
                .at(wib("2024-07-10T09:00"));

        List<Finding> first = Fixtures.engine().evaluateCase(input);
        List<Finding> second = Fixtures.engine().evaluateCase(input);

        assertThat(first).hasSizeGreaterThanOrEqualTo(4).isEqualTo(second);
        assertThat(first).allSatisfy(f -> {
            assertThat(f.id()).hasSize(32).matches("[0-9a-f]+");
            assertThat(f.ruleSetVersion()).isEqualTo(Fixtures.engine().version());
        });
    }

    private Path copyRules() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}

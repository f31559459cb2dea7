package id.patuh.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WaktuFormatException;
import id.patuh.evaluation.fact.CapaianBand;
import id.patuh.evaluation.fact.Violation;

/**
 * Asks the decision tables a sample question right after compiling: a severity for every finding
 * code and a capaian band for any indicator. Tables are edited by people who do not read DRL; a
 * typo ("tingi", a deleted row, a renamed file) must fail the reload, not quietly change findings.
 */
final class TableCheck {

    private static final String PROBE_INDICATOR = "(contoh / probe)";
    private static final String WINDOW_TABLE = "verification-window.drl.csv";
    private static final String OVERRIDE_TABLE = "severity-overrides.drl.csv";

    private TableCheck() {
    }

    static List<RuleProblem> problems(KieBase kieBase, List<RuleSources.RuleSource> sources) {
        List<Violation> probes = new ArrayList<>();
        for (String code : new TreeSet<>(Violation.CODES)) {
            // Ratios below and above the usual 2x band, so every DURATION_EXCEEDED row is reached.
            probes.add(Violation.raisedBy(code + " (contoh / probe)").ratio(1.5));
            probes.add(Violation.raisedBy(code + " (contoh / probe)").ratio(2.5));
            probes.add(Violation.raisedBy(code + " (contoh / probe)").tagged(Violation.EXECUTORS_INFERRED));
        }
        CapaianBand band = new CapaianBand(PROBE_INDICATOR, PROBE_INDICATOR);
        KieSession session = kieBase.newKieSession();
        try {
            probes.forEach(session::insert);
            session.insert(band);
            session.fireAllRules(10_000);
        } finally {
            session.dispose();
        }
        List<RuleProblem> problems = new ArrayList<>();
        probes.stream().filter(p -> !FindingFactory.SEVERITIES.contains(p.getSeverity()))
                .map(p -> new RuleProblem("severity.drl.csv", lineOf(sources, "severity.drl.csv", p.getSeverity()), "tidak ada tingkat rendah/sedang/tinggi untuk "
                        + p.getCode() + " (rasio " + p.getRatio() + "), tertulis \"" + p.getSeverity()
                        + "\" / no valid severity for " + p.getCode()))
                .distinct().forEach(problems::add);
        if (!band.isDecided() || (band.getLower() != null && band.getUpper() != null
                && band.getLower().compareTo(band.getUpper()) > 0)) {
            problems.add(new RuleProblem("capaian-band.drl.csv", 0, "tidak ada rentang capaian yang berlaku untuk "
                    + "semua indikator (baris *), atau minimum > maksimum / no capaian band for every indicator "
                    + "(row *), or minimum above maximum"));
        }
        windowProblem(kieBase, sources).ifPresent(problems::add);
        problems.addAll(overrideSeverities(sources));
        return problems;
    }

    /**
     * Override rows name one SOP, so no probe reaches them: their severity cells are read directly.
     * Rows start after the header row whose last cell is "Tingkat / severity".
     */
    private static List<RuleProblem> overrideSeverities(List<RuleSources.RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSources.RuleSource source : sources) {
            if (!source.name().equals(OVERRIDE_TABLE)) {
                continue;
            }
            List<String> lines = new String(source.content(), StandardCharsets.UTF_8).lines().toList();
            boolean rows = false;
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                String last = cells[cells.length - 1].strip();
                if (rows && !lines.get(i).isBlank() && !FindingFactory.SEVERITIES.contains(last)) {
                    problems.add(new RuleProblem(OVERRIDE_TABLE, i + 1, "tingkat harus rendah, sedang atau tinggi, "
                            + "tertulis \"" + last + "\" / severity must be rendah, sedang or tinggi"));
                }
                rows = rows || last.startsWith("Tingkat");
            }
        }
        return problems;
    }

    /** The default verification window must exist for any SOP and read as a Mutu Baku waktu. */
    private static Optional<RuleProblem> windowProblem(KieBase kieBase, List<RuleSources.RuleSource> sources) {
        String window = PolicyTables.window(kieBase, PROBE_INDICATOR);
        if (window == null) {
            return Optional.of(new RuleProblem(WINDOW_TABLE, 0, "tidak ada jendela verifikasi bawaan untuk semua SOP "
                    + "(baris *) / no default verification window for every SOP (row *)"));
        }
        try {
            MutuBakuWaktu.parseText(window, null);
            return Optional.empty();
        } catch (WaktuFormatException e) {
            return Optional.of(new RuleProblem(WINDOW_TABLE, lineOf(sources, WINDOW_TABLE, window), e.getMessage()));
        }
    }

    /** The line of the table row that wrote {@code cell}, so an editor is pointed at it; 0 when not found. */
    static int lineOf(List<RuleSources.RuleSource> sources, String file, String cell) {
        if (cell == null || cell.isBlank()) {
            return 0;
        }
        for (RuleSources.RuleSource source : sources) {
            if (!source.name().equals(file)) {
                continue;
            }
            List<String> lines = new String(source.content(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (Arrays.asList(lines.get(i).split(",")).stream().map(String::strip).anyMatch(cell::equals)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}

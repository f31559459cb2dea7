package id.patuh.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import id.patuh.evaluation.fact.CapaianBand;
import id.patuh.evaluation.fact.Violation;

/**
 * Asks the decision tables a sample question right after compiling: a severity for every finding
 * code and a capaian band for any indicator. Tables are edited by people who do not read DRL; a
 * typo ("tingi", a deleted row, a renamed file) must fail the reload, not quietly change findings.
 */
final class TableCheck {

    private static final String PROBE_INDICATOR = "(contoh / probe)";

    private TableCheck() {
    }

    static List<RuleProblem> problems(KieBase kieBase) {
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
                .map(p -> new RuleProblem("severity.drl.csv", 0, "tidak ada tingkat rendah/sedang/tinggi untuk "
                        + p.getCode() + " (rasio " + p.getRatio() + "), tertulis \"" + p.getSeverity()
                        + "\" / no valid severity for " + p.getCode()))
                .distinct().forEach(problems::add);
        if (!band.isDecided() || (band.getLower() != null && band.getUpper() != null
                && band.getLower().compareTo(band.getUpper()) > 0)) {
            problems.add(new RuleProblem("capaian-band.drl.csv", 0, "tidak ada rentang capaian yang berlaku untuk "
                    + "semua indikator (baris *), atau minimum > maksimum / no capaian band for every indicator "
                    + "(row *), or minimum above maximum"));
        }
        return problems;
    }
}

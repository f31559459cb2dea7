package id.patuh.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.patuh.evaluation.fact.Violation;

/** Turns what the rules raised into findings: id, severity check, one finding per id, stable order. */
final class FindingFactory {

    static final List<String> SEVERITIES = List.of("rendah", "sedang", "tinggi");

    /**
     * A row missing from the severity table must not drop a finding; the compile-time table
     * check makes this rare, and "sedang" neither hides nor inflates it.
     */
    static final String FALLBACK_SEVERITY = "sedang";

    private static final Logger log = LoggerFactory.getLogger(FindingFactory.class);

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::sopCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Finding::caseId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::unit, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::indicatorCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::period, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::stepNo, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::code)
            .thenComparing(Finding::id);

    private FindingFactory() {
    }

    static List<Finding> findings(Collection<Violation> violations, Instant detectedAt, String version) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        violations.stream()
                .map(v -> finding(v, detectedAt, version))
                .sorted(Comparator.comparing(Finding::rule))
                .forEach(f -> byId.merge(f.id(), f, FindingFactory::merge));
        List<Finding> result = new ArrayList<>(byId.values());
        result.sort(ORDER);
        return List.copyOf(result);
    }

    private static Finding finding(Violation v, Instant detectedAt, String version) {
        String id = Finding.idOf(v.getCode(), v.getSopCode(), v.getCaseId(), v.getStepNo(), v.getUnit(),
                v.getIndicatorCode(), v.getPeriod(), v.getSubjectRef());
        return new Finding(id, v.getCode(), severity(v), v.getSopCode(), v.getCaseId(), v.getStepNo(),
                v.getUnit(), v.getIndicatorCode(), v.getPeriod(), v.getRule(), v.getMessage(), v.getMessageEn(),
                v.getEvidence(), detectedAt, version, null, v.getBrokenAt());
    }

    private static String severity(Violation v) {
        if (SEVERITIES.contains(v.getSeverity())) {
            return v.getSeverity();
        }
        log.warn("severity.drl.csv memberi \"{}\" untuk {} / gave no valid severity for {}; using {}",
                v.getSeverity(), v.getRule(), v.getRule(), FALLBACK_SEVERITY);
        return FALLBACK_SEVERITY;
    }

    /**
     * Two rules that see the same subject from different angles make one finding: the more
     * severe one speaks for it (ties: the rule name first in order), with all the evidence.
     */
    private static Finding merge(Finding kept, Finding other) {
        Finding first = SEVERITIES.indexOf(other.severity()) > SEVERITIES.indexOf(kept.severity()) ? other : kept;
        TreeSet<String> evidence = new TreeSet<>(kept.evidence());
        evidence.addAll(other.evidence());
        return new Finding(first.id(), first.code(), first.severity(), first.sopCode(), first.caseId(),
                first.stepNo(), first.unit(), first.indicatorCode(), first.period(), first.rule(), first.message(),
                first.messageEn(), List.copyOf(evidence), first.detectedAt(), first.ruleSetVersion(), first.sopVersion(),
                earliest(kept.brokenAt(), other.brokenAt()));
    }

    /** The finding was broken when the first of its rules was: its age must not shrink by merging. */
    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}

package id.patuh.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import id.patuh.findings.FindingView;

/** Open findings by severity, with their age at the report time. */
final class OpenFindingsCalculator {

    static final List<String> SEVERITIES = List.of("tinggi", "sedang", "rendah");

    private final Instant asOf;

    OpenFindingsCalculator(Instant asOf) {
        this.asOf = asOf;
    }

    OpenFindings of(List<FindingView> findings) {
        List<OpenFindings.Item> items = findings.stream().filter(FindingView::open).map(this::item)
                .sorted(Comparator.comparingInt((OpenFindings.Item i) -> rank(i.severity()))
                        .thenComparing(Comparator.comparingLong(OpenFindings.Item::ageDays).reversed())
                        .thenComparing(OpenFindings.Item::id))
                .toList();
        List<OpenFindings.SeverityCount> counts = SEVERITIES.stream().map(s -> count(s, items)).toList();
        return new OpenFindings(counts, items);
    }

    private static OpenFindings.SeverityCount count(String severity, List<OpenFindings.Item> items) {
        List<OpenFindings.Item> of = items.stream().filter(i -> i.severity().equals(severity)).toList();
        long oldest = of.stream().mapToLong(OpenFindings.Item::ageDays).max().orElse(0);
        return new OpenFindings.SeverityCount(severity, of.size(), oldest,
                of.stream().map(OpenFindings.Item::id).sorted().toList());
    }

    private OpenFindings.Item item(FindingView f) {
        return new OpenFindings.Item(f.id(), f.code(), f.severity(), f.status().label(), f.unit(), subject(f),
                f.detectedAt(), age(f.detectedAt()), f.message(), f.evidence());
    }

    /** Whole days: a finding raised yesterday afternoon is 0 days old this morning. */
    private long age(Instant detectedAt) {
        return detectedAt == null || detectedAt.isAfter(asOf) ? 0 : Duration.between(detectedAt, asOf).toDays();
    }

    static String subject(FindingView f) {
        if (f.caseId() != null) {
            return f.caseId() + (f.stepNo() == null ? "" : " langkah " + f.stepNo());
        }
        if (f.indicatorCode() != null) {
            return f.indicatorCode() + " " + f.period();
        }
        return "SOP " + f.sopCode();
    }

    private static int rank(String severity) {
        int i = SEVERITIES.indexOf(severity);
        return i < 0 ? SEVERITIES.size() : i;
    }
}

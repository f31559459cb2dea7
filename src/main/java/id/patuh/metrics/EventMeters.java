package id.patuh.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import id.patuh.cases.DataKind;
import id.patuh.evaluation.Finding;
import id.patuh.findings.FindingChange;
import id.patuh.findings.FindingsChanged;
import id.patuh.findings.ScopeEvaluated;
import id.patuh.ingest.IngestCompleted;
import id.patuh.ingest.IngestReport;

/**
 * What happens, counted as it happens: rows ingested, findings raised and closed, evaluation time.
 * Every series that can occur is registered at 0 on start, so {@code rate()} and
 * {@code increase()} answer 0 rather than nothing before the first event.
 */
@Component
class EventMeters {

    /** interchange.md §5. */
    static final List<String> SEVERITIES = List.of("rendah", "sedang", "tinggi");
    static final List<String> OUTCOMES = List.of("accepted", "updated", "duplicate", "rejected");
    static final List<String> SCOPES = List.of("case", "subject", "sop");

    private final MeterRegistry registry;

    EventMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String code : Finding.CODES) {
            for (String severity : SEVERITIES) {
                for (FindingChange.Kind kind : List.of(FindingChange.Kind.RAISED, FindingChange.Kind.CLOSED,
                        FindingChange.Kind.REOPENED)) {
                    findings(kind, code, severity);
                }
            }
        }
        for (DataKind kind : DataKind.values()) {
            OUTCOMES.forEach(outcome -> rows(label(kind.name()), outcome));
        }
        SCOPES.forEach(this::evaluation);
    }

    /**
     * First among the listeners: the counters live in memory and always succeed, while a listener
     * that writes to the store (the audit log) fails during an outage — and Spring stops calling
     * the remaining listeners of an event at the first that throws.
     */
    @EventListener
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void onIngest(IngestCompleted completed) {
        IngestReport report = completed.report();
        String kind = label(report.kind());
        rows(kind, "accepted").increment(report.accepted());
        rows(kind, "updated").increment(report.updated());
        rows(kind, "duplicate").increment(report.duplicates());
        rows(kind, "rejected").increment(report.rejected());
    }

    @EventListener
    void onFindings(FindingsChanged changed) {
        for (FindingChange change : changed.changes()) {
            if (change.kind() != FindingChange.Kind.UPDATED) {
                findings(change.kind(), change.code(), change.severity()).increment();
            }
        }
    }

    @EventListener
    void onEvaluation(ScopeEvaluated evaluated) {
        evaluation(evaluated.kind()).record(Duration.ofNanos(evaluated.nanos()));
    }

    private Counter findings(FindingChange.Kind kind, String code, String severity) {
        String[] nameAndHelp = switch (kind) {
            case RAISED -> new String[] {"patuh.findings.raised", "Temuan baru / findings raised"};
            case CLOSED -> new String[] {"patuh.findings.closed",
                "Temuan ditutup (selesai, dikecualikan, tidak berlaku lagi) / findings closed"};
            default -> new String[] {"patuh.findings.reopened", "Temuan dibuka kembali / findings reopened"};
        };
        return Counter.builder(nameAndHelp[0]).description(nameAndHelp[1])
                .tag("code", code).tag("severity", severity).register(registry);
    }

    private Counter rows(String kind, String outcome) {
        return Counter.builder("patuh.ingest.rows").description("Baris impor per hasil / imported rows by outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }

    private Timer evaluation(String scope) {
        return Timer.builder("patuh.evaluation.duration")
                .description("Lama evaluasi satu lingkup (kasus, subjek, SOP) / evaluation time of one scope")
                .tag("scope", scope)
                .serviceLevelObjectives(millis(1), millis(5), millis(10), millis(25), millis(50), millis(100),
                        millis(250), millis(500), millis(1000), millis(2500), millis(5000))
                .register(registry);
    }

    private static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }

    private static String label(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}

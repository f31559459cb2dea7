package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import id.patuh.evaluation.fact.Violation;
import id.patuh.findings.FindingChange;
import id.patuh.findings.FindingsChanged;
import id.patuh.findings.ScopeEvaluated;
import id.patuh.ingest.IngestCompleted;
import id.patuh.ingest.IngestReport;

class EventMetersTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventMeters meters = new EventMeters(registry);

    @Test
    void everyFindingCodeAndSeverityAndEveryIngestOutcomeExistsAtZeroFromStart() {
        assertThat(registry.find("patuh.findings.raised").counters()).hasSize(Violation.CODES.size() * 3);
        assertThat(registry.find("patuh.findings.closed").counters()).hasSize(Violation.CODES.size() * 3)
                .allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(registry.find("patuh.ingest.rows").counters()).hasSize(3 * 4);
        assertThat(registry.find("patuh.evaluation.duration").timers()).hasSize(3);
    }

    @Test
    void countsImportedRowsByOutcome() {
        meters.onIngest(new IngestCompleted(new IngestReport("activities", "/api/activities", 7, 1, 2, 3, List.of(),
                false, List.of(), null, null)));

        assertThat(registry.get("patuh.ingest.rows").tags("kind", "activities", "outcome", "accepted").counter()
                .count()).isEqualTo(7);
        assertThat(registry.get("patuh.ingest.rows").tags("kind", "activities", "outcome", "rejected").counter()
                .count()).isEqualTo(3);
    }

    @Test
    void countsRaisedClosedAndReopenedFindingsButNotMereUpdates() {
        meters.onFindings(new FindingsChanged(List.of(
                change(FindingChange.Kind.RAISED), change(FindingChange.Kind.RAISED),
                change(FindingChange.Kind.CLOSED), change(FindingChange.Kind.UPDATED))));

        assertThat(registry.get("patuh.findings.raised").tags("code", "STEP_SKIPPED", "severity", "tinggi").counter()
                .count()).isEqualTo(2);
        assertThat(registry.get("patuh.findings.closed").tags("code", "STEP_SKIPPED", "severity", "tinggi").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("patuh.findings.reopened").tags("code", "STEP_SKIPPED", "severity", "tinggi")
                .counter().count()).isZero();
    }

    @Test
    void timesEvaluationsPerScope() {
        meters.onEvaluation(new ScopeEvaluated("case", 3_000_000));

        assertThat(registry.get("patuh.evaluation.duration").tags("scope", "case").timer().count()).isEqualTo(1);
    }

    private static FindingChange change(FindingChange.Kind kind) {
        return new FindingChange(kind, "STEP_SKIPPED", "tinggi", "kec-kemlagi", "kemlagi-pengumpulan-data-kinerja");
    }
}

package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.patuh.errors.Refusal;
import id.patuh.security.TenantScope;

/**
 * The follow-up's state machine: every step from every status, allowed or refused (409, nothing
 * changed); several findings under one recommendation; the overdue filter.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class FollowUpStepsIntegrationTests {

    private static final Recommendation REC = new Recommendation("Percepat disposisi", "Sekcam Kemlagi",
            LocalDate.of(2030, 1, 31));

    @Autowired
    FindingService findings;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyStepIsAllowedExactlyFromItsStatusesAndLeadsWhereItShould() {
        List<String> wrong = new ArrayList<>();
        for (FollowUpStep step : FollowUpStep.values()) {
            for (FindingStatus from : FindingStatus.values()) {
                String id = FollowUpFixtures.inStatus(findings, mongo, "kec-kemlagi", from, "2030-01-31");
                FindingStatus expected = step.allowedFrom(from) ? step.target(from) : from;
                try {
                    take(step, id);
                    if (!step.allowedFrom(from)) {
                        wrong.add(step + " from " + from + " was allowed");
                    }
                } catch (FindingTransitionException e) {
                    if (step.allowedFrom(from) || e.refusal() != Refusal.CONFLICT) {
                        wrong.add(step + " from " + from + " -> " + e.refusal() + " " + e.getMessage());
                    }
                }
                FindingStatus now = findings.find(id).orElseThrow().status();
                if (now != expected) {
                    wrong.add(step + " from " + from + " ended " + now + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        // the table the loop checks against, spelled out where it matters most
        assertThat(FollowUpStep.SESUAI.allowedFrom(FindingStatus.BELUM_DITINDAKLANJUTI))
                .as("no sesuai without a reported follow-up").isFalse();
        assertThat(FollowUpStep.BUKA.target(FindingStatus.SESUAI)).isEqualTo(FindingStatus.DALAM_PROSES);
        assertThat(FollowUpStep.BUKA.target(FindingStatus.DIKECUALIKAN)).isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void aReasonIsRequiredToSayItCannotBeActedOnAndARecommendationNeedsAllThreeFields() {
        String id = FollowUpFixtures.inStatus(findings, mongo, "kec-kemlagi", FindingStatus.DALAM_PROSES, "2030-01-31");
        assertThatThrownBy(() -> findings.step(id, FollowUpStep.TIDAK_DAPAT_DITINDAKLANJUTI, "inspektur", " ",
                List.of(), TenantScope.ALL)).hasMessageContaining("alasan tidak dapat ditindaklanjuti");
        String open = FollowUpFixtures.raised(findings, "kec-kemlagi", "WRONG_EXECUTOR").id();
        assertThatThrownBy(() -> findings.recommend(List.of(open), new Recommendation("r", "", LocalDate.now()),
                "inspektur", TenantScope.ALL)).hasMessageContaining("penanggung_jawab wajib diisi");
        assertThatThrownBy(() -> findings.recommend(List.of(open), new Recommendation("r", "Sekcam", null),
                "inspektur", TenantScope.ALL)).hasMessageContaining("batas_waktu wajib diisi");
        assertThat(findings.find(open).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
        assertThat(findings.find(id).orElseThrow().status()).isEqualTo(FindingStatus.DALAM_PROSES);
    }

    @Test
    void severalFindingsShareOneRecommendationAndOneThatIsNotTerbukaStopsTheWholeBatch() {
        String a = FollowUpFixtures.raised(findings, "kec-kemlagi", "DURATION_EXCEEDED").id();
        String b = FollowUpFixtures.raised(findings, "kec-kemlagi", "DURATION_EXCEEDED").id();
        String settled = FollowUpFixtures.inStatus(findings, mongo, "kec-kemlagi", FindingStatus.SESUAI, "2030-01-31");

        assertThatThrownBy(() -> findings.recommend(List.of(a, settled), REC, "inspektur", TenantScope.ALL))
                .isInstanceOf(FindingTransitionException.class).hasMessageContaining("sesuai");
        assertThat(findings.find(a).orElseThrow().status()).as("nothing changed").isEqualTo(FindingStatus.TERBUKA);

        List<FindingView> accepted = findings.recommend(List.of(a, b, a), REC, "inspektur", TenantScope.ALL);
        assertThat(accepted).extracting(FindingView::id).containsExactly(a, b);
        assertThat(accepted).extracting(f -> f.tindakLanjut().rekomendasiId()).doesNotContainNull()
                .containsOnly(accepted.get(0).tindakLanjut().rekomendasiId());
        assertThat(accepted).allSatisfy(f -> {
            assertThat(f.tindakLanjut().status()).isEqualTo(FindingStatus.BELUM_DITINDAKLANJUTI);
            assertThat(f.tindakLanjut().penanggungJawab()).isEqualTo("Sekcam Kemlagi");
            assertThat(f.tindakLanjut().batasWaktu()).isEqualTo(LocalDate.of(2030, 1, 31));
        });
    }

    @Test
    void theCurrentFilterAcceptsEveryTerbukaFindingOfItAndNoOther() {
        String tenant = "kec-uji-filter-" + System.nanoTime();
        String x = FollowUpFixtures.raised(findings, tenant, "LATE_SUBMISSION").id();
        String y = FollowUpFixtures.raised(findings, tenant, "LATE_SUBMISSION").id();
        String otherCode = FollowUpFixtures.raised(findings, tenant, "MISSING_OUTPUT").id();

        List<FindingView> accepted = findings.recommendMatching(new FindingFilter(tenant, null, "LATE_SUBMISSION",
                null, null, null, null, null), REC, "inspektur", TenantScope.ALL);

        assertThat(accepted).extracting(FindingView::id).containsExactlyInAnyOrder(x, y);
        assertThat(findings.find(otherCode).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void anAuditItemPastItsDueDateAndNotSettledIsOverdue() {
        String tenant = "kec-uji-lewat-" + System.nanoTime();
        String pastBelum = FollowUpFixtures.inStatus(findings, mongo, tenant, FindingStatus.BELUM_DITINDAKLANJUTI,
                "2020-01-31");
        String pastProses = FollowUpFixtures.inStatus(findings, mongo, tenant, FindingStatus.DALAM_PROSES, "2020-01-31");
        FollowUpFixtures.inStatus(findings, mongo, tenant, FindingStatus.SESUAI, "2020-01-31");
        FollowUpFixtures.inStatus(findings, mongo, tenant, FindingStatus.BELUM_DITINDAKLANJUTI, "2999-12-31");
        String today = FollowUpFixtures.inStatus(findings, mongo, tenant, FindingStatus.BELUM_DITINDAKLANJUTI,
                findings.today().toString());
        FollowUpFixtures.raised(findings, tenant, "DURATION_EXCEEDED");

        FindingPage overdue = findings.list(new FindingFilter(tenant, null, null, null, null, null, null, null, null,
                true), 0, 50);

        assertThat(overdue.items()).extracting(FindingView::id).containsExactlyInAnyOrder(pastBelum, pastProses);
        assertThat(overdue.items()).allSatisfy(f -> assertThat(f.tindakLanjut().terlambat()).isTrue());
        assertThat(findings.find(today).orElseThrow().tindakLanjut().terlambat())
                .as("the whole due date is the unit's").isFalse();
    }

    private void take(FollowUpStep step, String id) {
        if (step == FollowUpStep.REKOMENDASI) {
            findings.recommend(List.of(id), REC, "inspektur", TenantScope.ALL);
        } else {
            findings.step(id, step, step.actor() == FollowUpStep.Actor.UNIT ? "operator" : "inspektur", "catatan",
                    List.of(), TenantScope.ALL);
        }
    }
}

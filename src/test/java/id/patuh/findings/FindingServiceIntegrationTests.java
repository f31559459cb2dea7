package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;

import id.patuh.evaluation.Finding;
import id.patuh.security.TenantScope;

/** Findings are facts: reconciled, never duplicated, closed with a reason, never deleted. */
@SpringBootTest(properties = {"patuh.evaluation.sweep-on-start=false"})
class FindingServiceIntegrationTests {

    private static final Instant T1 = Instant.parse("2024-04-02T03:00:00Z");
    private static final Instant T2 = Instant.parse("2024-04-03T03:00:00Z");

    @Autowired
    FindingService findings;

    @Autowired
    MongoTemplate mongo;

    @Test
    void reconcilingTheSameFindingsTwiceChangesNothing() {
        String scope = scope();
        Finding finding = finding(scope, "DURATION_EXCEEDED", "rendah");

        assertThat(findings.reconcile(scope, List.of(finding), T1)).isEqualTo(new ReconcileResult(1, 0, 0, 0));
        assertThat(findings.reconcile(scope, List.of(finding), T1)).isEqualTo(ReconcileResult.NOTHING);

        FindingView stored = findings.find(finding.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(FindingStatus.TERBUKA);
        assertThat(stored.history()).hasSize(1);
        assertThat(mongo.getCollection("findings").countDocuments(Filters.eq("_id", finding.id()))).isEqualTo(1);
    }

    /** Changed expectation (issue 15): the system sets kondisi, never the follow-up status. */
    @Test
    void aFindingThatNoLongerHoldsIsMarkedTidakBerlakuAndBerlakuWhenItHoldsAgain() {
        String scope = scope();
        Finding finding = finding(scope, "UNVERIFIED_DATA", "tinggi");
        findings.reconcile(scope, List.of(finding), T1);

        assertThat(findings.reconcile(scope, List.of(), T2)).isEqualTo(new ReconcileResult(0, 0, 0, 1));
        FindingView stopped = findings.find(finding.id()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(FindingStatus.TERBUKA);
        assertThat(stopped.kondisi()).isEqualTo(Kondisi.TIDAK_BERLAKU);
        assertThat(stopped.kondisiReason()).contains("tidak berlaku lagi");
        assertThat(stopped.open()).isFalse();
        assertThat(stopped.history()).extracting(FindingView.HistoryEntry::note)
                .last().asString().contains("kondisi: tidak_berlaku");
        assertThat(findings.reconcile(scope, List.of(), T2)).isEqualTo(ReconcileResult.NOTHING);

        assertThat(findings.reconcile(scope, List.of(finding), T2)).isEqualTo(new ReconcileResult(0, 0, 1, 0));
        FindingView again = findings.find(finding.id()).orElseThrow();
        assertThat(again.kondisi()).isEqualTo(Kondisi.BERLAKU);
        assertThat(again.status()).isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void aChangedSeverityUpdatesTheSameFinding() {
        String scope = scope();
        findings.reconcile(scope, List.of(finding(scope, "DURATION_EXCEEDED", "rendah")), T1);

        ReconcileResult result = findings.reconcile(scope, List.of(finding(scope, "DURATION_EXCEEDED", "sedang")), T2);

        assertThat(result).isEqualTo(new ReconcileResult(0, 1, 0, 0));
        assertThat(findings.find(finding(scope, "DURATION_EXCEEDED", "x").id()).orElseThrow().severity())
                .isEqualTo("sedang");
    }

    /**
     * Issue 15 point 6: a finding stored before {@code dilanggar_pada} existed counts from its
     * detection (and says so) until the next evaluation writes the rule's due instant, once.
     */
    @Test
    void aStoredFindingWithoutItsDueInstantCountsFromDetectionUntilTheNextEvaluationWritesIt() {
        String scope = scope();
        Finding old = finding(scope, "DURATION_EXCEEDED", "rendah");
        findings.reconcile(scope, List.of(old), T1);

        FindingView before = findings.find(old.id()).orElseThrow();
        assertThat(before.dilanggarPada()).isEqualTo(T1);
        assertThat(before.dilanggarPadaSumber()).isEqualTo(FindingView.SUMBER_DETEKSI);
        assertThat(mongo.getCollection("findings").find(Filters.eq("_id", old.id())).first())
                .doesNotContainKey("dilanggar_pada");

        Instant due = Instant.parse("2024-04-01T03:00:00Z");
        Finding withDue = new Finding(old.id(), old.code(), old.severity(), old.sopCode(), old.caseId(), old.stepNo(),
                old.unit(), null, null, old.rule(), old.message(), old.messageEn(), old.evidence(), T2, "v1", null, due);
        assertThat(findings.reconcile(scope, List.of(withDue), T2)).isEqualTo(new ReconcileResult(0, 1, 0, 0));
        assertThat(findings.reconcile(scope, List.of(withDue), T2)).isEqualTo(ReconcileResult.NOTHING);

        FindingView after = findings.find(old.id()).orElseThrow();
        assertThat(after.dilanggarPada()).isEqualTo(due);
        assertThat(after.dilanggarPadaSumber()).isEqualTo(FindingView.SUMBER_ATURAN);
        assertThat(after.detectedAt()).as("still first detected at T1").isEqualTo(T1);
        assertThat(after.umurHariKerja()).as("working days since 1 April 2024, counted up to today").isPositive()
                .isGreaterThan(before.umurHariKerja());
    }

    @Test
    void anAuditItemsFollowUpIsRecordedInHistoryRiwayatAndAuditTrail() {
        String scope = scope();
        Finding finding = finding(scope, "WRONG_EXECUTOR", "sedang");
        findings.reconcile(scope, List.of(finding), T1);

        findings.recommend(List.of(finding.id()), new Recommendation("Tetapkan pelaksana langkah 3 dengan SK",
                "Sekcam", LocalDate.of(2024, 6, 30)), "inspektur.andi", TenantScope.ALL);
        findings.step(finding.id(), FollowUpStep.TINDAK_LANJUT, "operator.uji", "SK pelaksana diterbitkan",
                List.of("sk-12"), TenantScope.ALL);
        FindingView accepted = findings.step(finding.id(), FollowUpStep.SESUAI, "inspektur.andi", "SK diperiksa",
                List.of(), TenantScope.ALL);

        assertThat(accepted.status()).isEqualTo(FindingStatus.SESUAI);
        assertThat(accepted.tindakLanjut().status()).isEqualTo(FindingStatus.SESUAI);
        assertThat(accepted.history()).extracting(FindingView.HistoryEntry::actor)
                .containsExactly("patuh", "inspektur.andi", "operator.uji", "inspektur.andi");
        assertThat(accepted.tindakLanjut().riwayat()).extracting(FollowUp.Entry::langkah)
                .containsExactly("rekomendasi", "tindak-lanjut", "sesuai");
        assertThat(accepted.tindakLanjut().riwayat().get(1).bukti()).containsExactly("sk-12");
        assertThat(mongo.getCollection("audit_trail").countDocuments(Filters.eq("finding_id", finding.id())))
                .isEqualTo(4);
        // the auditor's judgement is respected when the rule still fires, and when it stops
        assertThat(findings.reconcile(scope, List.of(finding), T2)).isEqualTo(ReconcileResult.NOTHING);
        findings.reconcile(scope, List.of(), T2);
        FindingView stopped = findings.find(finding.id()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(FindingStatus.SESUAI);
        assertThat(stopped.kondisi()).isEqualTo(Kondisi.TIDAK_BERLAKU);
    }

    @Test
    void anExceptionNeedsAJustificationAndExceptedFindingsCannotBeRecommended() {
        String scope = scope();
        Finding finding = finding(scope, "MISSING_OUTPUT", "rendah");
        findings.reconcile(scope, List.of(finding), T1);

        assertThatThrownBy(() -> findings.step(finding.id(), FollowUpStep.PENGECUALIAN, "inspektur.andi", "  ",
                List.of(), TenantScope.ALL)).isInstanceOf(FindingTransitionException.class)
                .hasMessageContaining("wajib diisi");
        findings.step(finding.id(), FollowUpStep.PENGECUALIAN, "inspektur.andi",
                "Output diserahkan lisan pada rapat, dicatat di notulen", List.of(), TenantScope.ALL);
        assertThatThrownBy(() -> findings.recommend(List.of(finding.id()), new Recommendation("r", "Sekcam",
                LocalDate.of(2024, 6, 30)), "inspektur.andi", TenantScope.ALL))
                .isInstanceOf(FindingTransitionException.class).hasMessageContaining("dikecualikan");
        FindingView excepted = findings.find(finding.id()).orElseThrow();
        assertThat(excepted.status()).isEqualTo(FindingStatus.DIKECUALIKAN);
        assertThat(excepted.tindakLanjut()).isNull();
    }

    @Test
    void filtersByCodeStatusAndUnit() {
        String scope = scope();
        Finding late = finding(scope, "LATE_SUBMISSION", "sedang");
        Finding missing = finding(scope, "MISSING_SUBMISSION", "tinggi");
        findings.reconcile(scope, List.of(late, missing), T1);
        findings.recommend(List.of(late.id()), new Recommendation("Sampaikan data tepat waktu", "Kasi",
                LocalDate.of(2024, 6, 30)), "inspektur.andi", TenantScope.ALL);

        FindingPage page = findings.list(new FindingFilter(late.unit(), null, "LATE_SUBMISSION", null,
                FindingStatus.BELUM_DITINDAKLANJUTI, null, null, null), 0, 10);

        assertThat(page.items()).extracting(FindingView::id).containsExactly(late.id());
        assertThat(page.total()).isEqualTo(1);
        FindingPage ofTheTenant = findings.list(new FindingFilter(FindingDocuments.tenant(late.unit()), null, null,
                null, null, null, null, null), 0, 10);
        assertThat(ofTheTenant.total()).isEqualTo(2);
    }

    @Test
    void concurrentEvaluationsOfOneScopeRaiseTheFindingOnce() throws Exception {
        String scope = scope();
        Finding finding = finding(scope, "DURATION_EXCEEDED", "rendah");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ReconcileResult>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return findings.reconcile(scope, List.of(finding), T1);
            }));
        }
        start.countDown();
        for (var result : results) {
            result.get(); // throws if any reconcile failed
        }
        pool.shutdown();
        assertThat(mongo.getCollection("findings").countDocuments(Filters.eq("_id", finding.id()))).isEqualTo(1);
        assertThat(findings.find(finding.id()).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
    }

    /** The sweep reconciles many scopes at once: each scope ends exactly as if reconciled alone. */
    @Test
    void reconcilingScopesTogetherEqualsReconcilingThemOneByOne() {
        String a = scope();
        String b = scope();
        String c = scope();
        Finding lateA = finding(a, "DURATION_EXCEEDED", "rendah");
        Finding unverifiedB = finding(b, "UNVERIFIED_DATA", "tinggi");
        Finding skippedC = finding(c, "STEP_SKIPPED", "tinggi");
        assertThat(findings.reconcileAll(Map.of(a, List.of(lateA), b, List.of(unverifiedB), c, List.of()), T1))
                .isEqualTo(new ReconcileResult(2, 0, 0, 0));

        // later: a holds still but worse, b no longer holds, c newly holds
        Finding worseA = finding(a, "DURATION_EXCEEDED", "sedang");
        assertThat(findings.reconcileAll(Map.of(a, List.of(worseA), b, List.of(), c, List.of(skippedC)), T2))
                .isEqualTo(new ReconcileResult(1, 1, 0, 1));
        assertThat(findings.find(lateA.id()).orElseThrow().severity()).isEqualTo("sedang");
        assertThat(findings.find(unverifiedB.id()).orElseThrow().kondisi()).isEqualTo(Kondisi.TIDAK_BERLAKU);
        assertThat(findings.find(skippedC.id()).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);

        // the same evaluation again, together or alone, changes nothing
        assertThat(findings.reconcileAll(Map.of(a, List.of(worseA), b, List.of(), c, List.of(skippedC)), T2))
                .isEqualTo(ReconcileResult.NOTHING);
        assertThat(findings.reconcile(b, List.of(), T2)).isEqualTo(ReconcileResult.NOTHING);
        assertThat(findings.reconcile(c, List.of(skippedC), T2)).isEqualTo(ReconcileResult.NOTHING);
        // and b holding again reopens it, as it would alone
        assertThat(findings.reconcileAll(Map.of(b, List.of(unverifiedB)), T2)).isEqualTo(new ReconcileResult(0, 0, 1, 0));
    }

    @Test
    void neverDeletesAFinding() {
        String scope = scope();
        Finding finding = finding(scope, "STEP_SKIPPED", "tinggi");
        findings.reconcile(scope, List.of(finding), T1);
        findings.reconcile(scope, List.of(), T2);
        Document stored = mongo.getCollection("findings").find(Filters.eq("_id", finding.id())).first();
        assertThat(stored).isNotNull();
    }

    private static String scope() {
        return "case:test|" + UUID.randomUUID();
    }

    private static Finding finding(String scope, String code, String severity) {
        String unit = "kec-uji-" + Math.abs(scope.hashCode()) + "/kasi-" + code.length();
        return new Finding(Finding.idOf(code, "kemlagi-pengumpulan-data-kinerja", scope, 3, unit, null, null, "e1"),
                code, severity, "kemlagi-pengumpulan-data-kinerja", scope, 3, unit, null, null, code + " rule",
                "pesan", "message", List.of("e1"), T1, "v1");
    }
}

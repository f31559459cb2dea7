package id.patuh.report;

import static id.patuh.report.ReportFixtures.BAGIAN;
import static id.patuh.report.ReportFixtures.SOP;
import static id.patuh.report.ReportFixtures.TENANT;
import static id.patuh.report.ReportFixtures.caseFinding;
import static id.patuh.report.ReportFixtures.dataFinding;
import static id.patuh.report.ReportFixtures.event;
import static id.patuh.report.ReportFixtures.record;
import static id.patuh.report.ReportFixtures.request;
import static id.patuh.report.ReportFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.patuh.cases.CaseData;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.SubjectData;
import id.patuh.findings.FindingStatus;

/**
 * A small unit and quarter whose every figure was computed by hand (see the comments), run
 * through the calculator on plain records: the shipped catalog and calendars, no store.
 */
class ReadinessCalculatorTests {

    private final ReadinessReport report = new ReadinessCalculator(ReportFixtures.CATALOG::find,
            ReportFixtures.CALENDARS, ReportFixtures.defaults()).of(data());

    /**
     * Data: IKU-1 on time, verified by another, validated; IKU-2 late and self-verified; IKU-3
     * requested, past due, missing; IKU-4 requested but not yet due; IKU-5 sent without a request,
     * verified. Cases: c1 (steps 1–4, step 2 ran 2 h 35 m of a 1-hour standard but its finding was
     * excepted, step 3 by the wrong role, step 4 still running) and c2 (step 2 skipped, step 4 ran
     * 3 h of 1 h). Findings: WRONG_EXECUTOR c1#3 open, DURATION_EXCEEDED c1#2 excepted,
     * STEP_SKIPPED c2#2 open, MISSING_SUBMISSION IKU-3 open, LATE_SUBMISSION IKU-2 closed by an
     * auditor, SELF_VERIFICATION IKU-2 closed by itself, MISSING_OUTPUT c1#1 open.
     */
    static ReportData data() {
        List<SubjectData> subjects = List.of(
                subject("IKU-1", List.of(record("a1", "IKU-1", "staf.x", "2024-04-03T10:00", "kabag.y",
                        "2024-04-03T10:45", "2024-04-03T11:00")), request("r1", "IKU-1", "2024-04-03T16:00")),
                subject("IKU-2", List.of(record("a2", "IKU-2", "staf.x", "2024-04-05T10:00", "Staf.X ",
                        "2024-04-05T11:00", null)), request("r2", "IKU-2", "2024-04-03T16:00")),
                subject("IKU-3", List.of(), request("r3", "IKU-3", "2024-04-03T16:00")),
                subject("IKU-4", List.of(), request("r4", "IKU-4", "2024-05-10T16:00")),
                subject("IKU-5", List.of(record("a5", "IKU-5", "staf.x", "2024-04-10T09:00", "kabag.z",
                        "2024-04-11T09:00", null)), null));
        List<CaseData> cases = List.of(
                new CaseData(TENANT + "|c1", TENANT, TENANT, SOP, "c1", List.of(
                        event("e1", "c1", 1, "Sekretaris Daerah", "2024-04-02T08:00", "2024-04-02T08:40"),
                        event("e2", "c1", 2, "Asisten Administrasi Umum", "2024-04-02T08:45", "2024-04-02T11:20"),
                        event("e3", "c1", 3, "JF", "2024-04-02T13:00", "2024-04-02T13:30"),
                        event("e4", "c1", 4, "JF", "2024-04-02T13:30", null))),
                new CaseData(TENANT + "|c2", TENANT, TENANT, SOP, "c2", List.of(
                        event("e5", "c2", 1, "Sekretaris Daerah", "2024-04-02T08:00", "2024-04-02T08:30"),
                        event("e6", "c2", 3, "Kabag Perencanaan", "2024-04-02T09:00", "2024-04-02T09:20"),
                        event("e7", "c2", 4, "JF", "2024-04-03T08:00", "2024-04-03T11:00"))));
        var findings = List.of(
                caseFinding("f1", "WRONG_EXECUTOR", "sedang", "c1", 3, List.of("e3"), FindingStatus.TERBUKA,
                        "2024-04-04T09:00", null),
                caseFinding("f2", "DURATION_EXCEEDED", "sedang", "c1", 2, List.of("e2"), FindingStatus.DIKECUALIKAN,
                        "2024-04-02T12:00", "inspektur.andi"),
                caseFinding("f3", "STEP_SKIPPED", "tinggi", "c2", 2, List.of("e6"), FindingStatus.TERBUKA,
                        "2024-04-10T08:00", null),
                dataFinding("f4", "MISSING_SUBMISSION", "tinggi", "IKU-3", FindingStatus.TERBUKA, "2024-04-04T00:00",
                        null),
                dataFinding("f5", "LATE_SUBMISSION", "sedang", "IKU-2", FindingStatus.SESUAI, "2024-04-05T10:00",
                        "inspektur.andi"),
                dataFinding("f6", "SELF_VERIFICATION", "tinggi", "IKU-2", FindingStatus.TERBUKA, "2024-04-05T11:00",
                        "patuh"),
                caseFinding("f7", "MISSING_OUTPUT", "rendah", "c1", 1, List.of("e1"), FindingStatus.TERBUKA,
                        "2024-04-02T09:00", null));
        return new ReportData(new ReportUnit(TENANT), ReportPeriod.parse("2024-Q1"), wib("2024-04-30T12:00"),
                subjects, cases, findings, Map.of("c1", SOP, "c2", SOP), List.of());
    }

    private static SubjectData subject(String indicator, List<IndicatorRecord> records, DataRequest request) {
        return new SubjectData(BAGIAN + "|" + indicator + "|2024-Q1", TENANT, BAGIAN, indicator, "2024-Q1", records,
                request == null ? List.of() : List.of(request));
    }

    @Test
    void completenessCountsRequestedSubjectsPastTheirDeadlineOrSubmitted() {
        // IKU-1, IKU-2 submitted; IKU-3 past due; IKU-4 not yet due and IKU-5 unrequested are left out
        Figure f = report.data().kelengkapan();
        assertThat(f.numerator()).isEqualTo(2);
        assertThat(f.denominator()).isEqualTo(3);
        assertThat(f.counted()).containsExactly("a1", "a2");
        assertThat(f.gaps()).containsExactly("r3");
        assertThat(f.findings()).containsExactly("f4");
    }

    @Test
    void timelinessJudgesTheFirstSubmissionAgainstTheDeadline() {
        Figure f = report.data().ketepatanWaktu();
        assertThat(f.counted()).containsExactly("a1");
        assertThat(f.gaps()).containsExactly("a2");
        assertThat(f.ratio()).isEqualTo(0.5);
        assertThat(f.findings()).as("closed by an auditor: it did happen").containsExactly("f5");
    }

    @Test
    void verificationByTheSubmitterDoesNotCountAndValidationIsOverSubmittedRecords() {
        assertThat(report.data().verifikasi().counted()).containsExactly("a1", "a5");
        assertThat(report.data().verifikasi().gaps()).containsExactly("a2");
        assertThat(report.data().verifikasi().findings()).as("f6 closed itself: no longer holds").isEmpty();
        assertThat(report.data().validasi().counted()).containsExactly("a1");
        assertThat(report.data().validasi().denominator()).isEqualTo(3);
    }

    @Test
    void subjectLinesSayWhereEachIndicatorStands() {
        assertThat(report.data().subjects()).extracting(l -> l.indicatorCode() + ":" + l.status().label())
                .containsExactly("IKU-1:tepat waktu", "IKU-2:terlambat", "IKU-3:belum disampaikan",
                        "IKU-4:belum jatuh tempo", "IKU-5:tanpa permintaan");
    }

    @Test
    void sopAdherenceMeasuresStepsAgainstMutuBakuAndReadsSequenceAndExecutorsFromFindings() {
        SopAdherence sop = report.sops().get(0);
        assertThat(sop.caseIds()).containsExactly("c1", "c2");
        // finished steps with a waktu: e1 e2 e3 e5 e6 e7; e2 is over but its finding was excepted; e7 ran 3 h of 1 h
        assertThat(sop.mutuBaku().counted()).containsExactly("e1", "e2", "e3", "e5", "e6");
        assertThat(sop.mutuBaku().gaps()).containsExactly("e7");
        assertThat(sop.urutan().counted()).containsExactly("c1");
        assertThat(sop.urutan().gaps()).containsExactly("c2");
        assertThat(sop.urutan().findings()).containsExactly("f3");
        assertThat(sop.pelaksana().numerator()).isEqualTo(6);
        assertThat(sop.pelaksana().denominator()).isEqualTo(7);
        assertThat(sop.pelaksana().gaps()).containsExactly("e3");
    }

    @Test
    void openFindingsAreCountedBySeverityWithTheirAgeInWholeDays() {
        OpenFindings open = report.openFindings();
        assertThat(open.bySeverity()).extracting(s -> s.severity() + "=" + s.count() + "/" + s.oldestDays())
                // f3 10 Apr 08:00 → 20 d; f4 4 Apr 00:00 → 26 d; f1 4 Apr 09:00 → 26 d; f7 2 Apr 09:00 → 28 d
                .containsExactly("tinggi=2/26", "sedang=1/26", "rendah=1/28");
        assertThat(open.items()).extracting(OpenFindings.Item::id).containsExactly("f4", "f3", "f1", "f7");
        assertThat(open.items().get(1).subject()).isEqualTo("c2 langkah 2");
    }

    @Test
    void scoreIsTheWeightedMeanLessTheOpenFindingPenaltyMappedToItsBand() {
        ReadinessScore s = report.score();
        // 30·2/3 + 15·1/2 + 15·2/3 + 10·1/3 + 10·5/6 + 10·1/2 + 10·6/7 = 62.738 (weights sum to 100)
        assertThat(s.base()).isCloseTo(62.738, within(0.001));
        // 2 tinggi × 3 + 1 sedang × 1 + 1 rendah × 0.25
        assertThat(s.penalty().points()).isEqualTo(7.25);
        assertThat(s.value()).isEqualTo(55.5);
        assertThat(s.band()).isEqualTo(SakipBand.CC);
        assertThat(s.ready()).isFalse();
        assertThat(s.components()).extracting(ReadinessScore.Component::key).containsExactly("kelengkapan",
                "ketepatan_waktu", "verifikasi", "validasi", "mutu_baku", "urutan", "pelaksana");
    }

    @Test
    void reasonsPutTheLargestLossFirstAndNameTheEvidence() {
        List<String> reasons = report.score().reasons();
        // lost: kelengkapan 10, ketepatan 7.5, validasi 6.67, verifikasi 5, urutan 5, mutu baku 1.67, pelaksana 1.43
        assertThat(reasons.get(0)).startsWith("Kelengkapan data 66,7 % (-10 poin): 1 dari 3").contains("r3");
        assertThat(reasons.get(1)).startsWith("Ketepatan waktu 50 %");
        assertThat(reasons).anyMatch(r -> r.equals("2 temuan tingkat tinggi masih terbuka (tertua 26 hari)."));
    }
}

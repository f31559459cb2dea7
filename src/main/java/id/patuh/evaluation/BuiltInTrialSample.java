package id.patuh.evaluation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.catalog.Decision;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopRole;
import id.patuh.catalog.SopStep;

/**
 * What a reload tries new rules on when nothing is stored yet: one small SOP with a decision that
 * loops back, and a case and a subject that give every kind of fact a value — finished, running and
 * parallel runs, both answers and none, a title, a wrong role, records late, unverified, self-verified,
 * annual and without target — so that most rules' conditions and consequences are reached.
 */
final class BuiltInTrialSample {

    private static final String SOP = "contoh-uji-aturan";
    private static final String UNIT = "unit-contoh";
    private static final Instant START = Instant.parse("2024-07-01T01:00:00Z");

    private BuiltInTrialSample() {
    }

    /** Evaluates the sample case, subject and SOP with the candidate rules. */
    static void tryOn(RuleEngine candidate) {
        Sample sample = create();
        sample.cases().forEach(candidate::evaluateCase);
        sample.subjects().forEach(candidate::evaluateSubject);
        candidate.evaluateCatalog(sample.sop(), sample.cases().get(0).now());
    }

    /** The inputs. */
    record Sample(List<CaseInput> cases, List<SubjectInput> subjects, Sop sop) {
    }

    static Sample create() {
        WorkingCalendar calendar = CalendarService.load(Path.of("config", "holidays"),
                Path.of("config", "calendars.yaml")).defaultCalendar();
        Sop sop = sop();
        Instant now = START.plus(Duration.ofDays(30));
        CaseInput caseInput = new CaseInput(sop, events(), calendar, now);
        SubjectInput subject = new SubjectInput(UNIT, "IKU-1", "2024", records(), List.of(
                new DataRequest("req-1", "case-1", UNIT, "IKU-1", "2024", START.plus(Duration.ofDays(2)))),
                VerificationWindow.ofDefault(MutuBakuWaktu.ofTime(Duration.ofHours(1))), calendar, now);
        return new Sample(List.of(caseInput), List.of(subject), sop);
    }

    private static Sop sop() {
        MutuBakuWaktu hour = MutuBakuWaktu.ofTime(Duration.ofHours(1));
        return new Sop(SOP, "Contoh", "Contoh", "contoh.txt", null, null, null, null, null, null, List.of(UNIT),
                DayCounting.WORKING, List.of(new SopRole("Kasi", List.of("Kepala Seksi")), new SopRole("Staf", List.of())),
                List.of(new SopStep(1, "Memerintahkan", List.of("Kasi"), List.of("Nota Dinas"), hour, "1 Jam", "Disposisi",
                                null, null, false, true, false),
                        new SopStep(2, "Menyerahkan data", List.of("Staf"), List.of(), hour, "1 Jam", "Data", null, null,
                                false),
                        new SopStep(3, "Verifikasi", List.of("Kasi"), List.of(), hour, "1 Jam", "Data valid", null,
                                new Decision(4, 2), true),
                        new SopStep(4, "Mengirim", List.of("Staf"), List.of(), null, null, "Surat", null, null, false)),
                null);
    }

    private static List<ActivityEvent> events() {
        return List.of(event("e1", 1, "Kepala Seksi Umum", 0, 90, null),
                event("e2", 2, "Staf Trantib", 100, 110, null),
                event("e3", 2, "Camat", 100, 300, null),
                event("e4", 3, "Kasi", 120, 130, "tidak"),
                event("e5", 4, "Staf", 140, 150, null),
                event("e6", 3, "Kasi", 160, 170, null),
                event("e7", 3, "Kasi", 180, -1, "ya"));
    }

    private static ActivityEvent event(String id, int step, String role, int startMinute, int finishMinute,
            String decision) {
        Instant start = START.plus(Duration.ofMinutes(startMinute));
        return new ActivityEvent(id, SOP, "case-1", UNIT, step, role, null, start,
                finishMinute < 0 ? null : START.plus(Duration.ofMinutes(finishMinute)), List.of(), null, decision);
    }

    private static List<IndicatorRecord> records() {
        Instant late = START.plus(Duration.ofDays(5));
        return List.of(
                new IndicatorRecord("rec-1", UNIT, "IKU-1", "Contoh", "sasaran", "2024", new BigDecimal("100"), null,
                        new BigDecimal("250"), "higher-better", "nip-1", late, "nip-1", late.plusSeconds(60), null,
                        null),
                new IndicatorRecord("rec-2", UNIT, "IKU-1", "Contoh", "sasaran", "2024", null, null,
                        new BigDecimal("-1"), "lower-better", "nip-2", late, null, null, null, null),
                new IndicatorRecord("rec-3", UNIT, "IKU-1", "Contoh", "sasaran", "2024", null, BigDecimal.ZERO,
                        new BigDecimal("5"), null, null, null, null, null, null, null));
    }
}

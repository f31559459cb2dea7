package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Decision;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.cases.ActivityEvent;

/**
 * The case as the recording page lays it over its SOP: each step's state, where the flow goes
 * next (a decision by its answer), and each run's working time against its Mutu Baku in words.
 */
class CaseFlowsTests {

    static final Sop SIDOARJO = CatalogService.readDirectory(Path.of("sop-catalog"))
            .find("sidoarjo-perencanaan-pengumpulan-data-kinerja").orElseThrow();
    static final WorkingCalendar CALENDAR = CalendarService.load(Path.of("config/holidays"),
            Path.of("config/calendars.yaml")).forUnit("setda-sidoarjo-perencanaan");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aNewCaseHasEveryStepNotStartedAndExpectsTheFirst() {
        List<CaseFlowStep> flow = CaseFlows.of(SIDOARJO, List.of(), Map.of(), CALENDAR, wib("2024-04-02T08:00"));

        assertThat(flow).extracting(s -> s.step().no()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(flow).allSatisfy(s -> assertThat(s.state()).isEqualTo(CaseFlowStep.State.BELUM));
        assertThat(flow).filteredOn(CaseFlowStep::next).extracting(s -> s.step().no()).containsExactly(1);
        assertThat(flow.get(7).branches()).isEqualTo("Ya → langkah 9 · Tidak → langkah 7");
        assertThat(flow.get(6).branches()).isNull();
    }

    @Test
    void aStepPastItsMutuBakuSaysSoInWordsAndOneWithinSaysWhatIsLeft() {
        List<ActivityEvent> events = List.of(
                event("e1", 1, "2024-04-02T08:00", "2024-04-02T10:00", null),
                event("e2", 2, "2024-04-02T10:00", "2024-04-02T10:45", null));

        List<CaseFlowStep> flow = CaseFlows.of(SIDOARJO, events, Map.of("e2", List.of("bukti-1")), CALENDAR,
                wib("2024-04-02T11:00"));

        CaseFlowRun late = flow.get(0).runs().get(0);
        assertThat(flow.get(0).state()).isEqualTo(CaseFlowStep.State.SELESAI);
        assertThat(late.over()).isTrue();
        assertThat(flow.get(0).over()).isTrue();
        assertThat(late.timing()).isEqualTo("Lewat Mutu Baku: memakai 2 j 0 m dari standar 1 jam, lewat 1 j 0 m "
                + "(2× standar).");
        CaseFlowRun inTime = flow.get(1).runs().get(0);
        assertThat(inTime.over()).isFalse();
        assertThat(inTime.timing()).isEqualTo("Dalam Mutu Baku: memakai 45 m dari standar 1 jam, sisa 15 m.");
        assertThat(inTime.evidence()).containsExactly("bukti-1");
        assertThat(inTime.started()).isEqualTo("2024-04-02 10:00 WIB");
        assertThat(inTime.startedIso()).isEqualTo("2024-04-02T10:00+07:00");
        assertThat(flow).filteredOn(CaseFlowStep::next).extracting(s -> s.step().no()).containsExactly(3);
    }

    @Test
    void aRunningStepCountsWorkingTimeToNowAndTurnsOverAtItsDueInstant() {
        List<ActivityEvent> events = List.of(event("e1", 1, "2024-04-02T11:30", null, null));

        CaseFlowRun before = CaseFlows.of(SIDOARJO, events, Map.of(), CALENDAR, wib("2024-04-02T13:10"))
                .get(0).runs().get(0);
        // 11:30–12:00 and 13:00–13:10: the break does not count
        assertThat(before.timing()).isEqualTo("Berjalan 40 m dari standar 1 jam; sisa 20 m sampai batas "
                + "2024-04-02 13:30 WIB.");
        assertThat(before.over()).isFalse();
        assertThat(before.running()).isTrue();

        List<CaseFlowStep> after = CaseFlows.of(SIDOARJO, events, Map.of(), CALENDAR, wib("2024-04-02T13:31"));
        assertThat(after.get(0).state()).isEqualTo(CaseFlowStep.State.BERJALAN);
        assertThat(after.get(0).runs().get(0).over()).isTrue();
        assertThat(after.get(0).runs().get(0).timing()).startsWith("Lewat batas Mutu Baku 2024-04-02 13:30 WIB");
        assertThat(after).filteredOn(CaseFlowStep::next).extracting(s -> s.step().no()).containsExactly(1);
    }

    @Test
    void severalPeopleOnOneStepKeepItRunningUntilTheLastFinishes() {
        List<ActivityEvent> events = List.of(
                event("b1", 6, "2024-04-03T08:00", "2024-04-03T10:00", null),
                event("b2", 6, "2024-04-03T08:05", null, null));

        CaseFlowStep six = CaseFlows.of(SIDOARJO, events, Map.of(), CALENDAR, wib("2024-04-03T11:00")).get(5);

        assertThat(six.state()).isEqualTo(CaseFlowStep.State.BERJALAN);
        assertThat(six.runs()).extracting(CaseFlowRun::eventId).containsExactly("b1", "b2");
        assertThat(six.next()).isTrue();
    }

    @Test
    void aDecisionAnsweredTidakLeadsBackAndOneThatJumpsForwardSkipsTheStepsBetween() {
        List<ActivityEvent> tidak = List.of(event("d1", 8, "2024-04-04T08:00", "2024-04-04T08:30", "tidak"));
        List<CaseFlowStep> back = CaseFlows.of(SIDOARJO, tidak, Map.of(), CALENDAR, wib("2024-04-04T09:00"));
        assertThat(back).filteredOn(CaseFlowStep::next).extracting(s -> s.step().no()).containsExactly(7);
        assertThat(back.get(8).state()).isEqualTo(CaseFlowStep.State.BELUM);

        Sop jumping = withDecision(SIDOARJO, 8, new Decision(10, 7));
        List<ActivityEvent> ya = List.of(event("d1", 8, "2024-04-04T08:00", "2024-04-04T08:30", "ya"));
        List<CaseFlowStep> forward = CaseFlows.of(jumping, ya, Map.of(), CALENDAR, wib("2024-04-04T09:00"));
        assertThat(forward.get(8).state()).isEqualTo(CaseFlowStep.State.DILEWATI);
        assertThat(forward.get(8).state().text()).isEqualTo("dilewati");
        assertThat(forward.get(9).next()).isTrue();
        assertThat(forward.get(9).state()).isEqualTo(CaseFlowStep.State.BELUM);
    }

    static ActivityEvent event(String id, int step, String start, String finish, String decision) {
        return new ActivityEvent(id, SIDOARJO.code(), "kasus", "setda-sidoarjo-perencanaan", step, "JF", "nip-1",
                wib(start), finish == null ? null : wib(finish), List.of(), null, decision);
    }

    static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    private static Sop withDecision(Sop sop, int stepNo, Decision decision) {
        List<SopStep> steps = sop.steps().stream().map(s -> s.no() != stepNo ? s : new SopStep(s.no(), s.activity(),
                s.executors(), s.kelengkapan(), s.waktu(), s.waktuText(), s.output(), s.keterangan(), decision,
                s.verification(), s.executorsInferred(), s.handIn())).toList();
        return new Sop(sop.code(), sop.name(), sop.instansi(), sop.source(), sop.nomor(), sop.tanggalPembuatan(),
                sop.tanggalRevisi(), sop.tanggalEfektif(), sop.disahkanOleh(), sop.penandatangan(), sop.units(),
                sop.dayCounting(), sop.roles(), steps, sop.documentation());
    }
}

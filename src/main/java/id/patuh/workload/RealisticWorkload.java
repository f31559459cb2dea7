package id.patuh.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;
import id.patuh.workload.WorkloadGenerator.CaseFault;

/**
 * A quarter as the seed SOP owners might live it, for the demo and the dashboards: every SOP of
 * the catalog runs about once a week in its unit with realistic step durations, a few per cent of
 * cases go wrong, and every tenant's sub-units are asked for their indicator data.
 *
 * <p>The same quarter always gives the same data (the random draws are seeded by quarter and
 * SOP), so a demo import can be repeated: the second one finds only duplicates.
 */
final class RealisticWorkload {

    /** Chance of each fault per case; the rest of the cases follow the SOP (durations aside). */
    private static final Map<CaseFault, Double> FAULTS = Map.of(CaseFault.DECISION_LOOP, 0.05,
            CaseFault.WRONG_EXECUTOR, 0.03, CaseFault.MISSING_KELENGKAPAN, 0.04, CaseFault.MISSING_OUTPUT, 0.03,
            CaseFault.STEP_SKIPPED, 0.015, CaseFault.STEP_OUT_OF_ORDER, 0.015);
    private static final List<CaseFault> FAULT_ORDER = List.of(CaseFault.DECISION_LOOP, CaseFault.WRONG_EXECUTOR,
            CaseFault.MISSING_KELENGKAPAN, CaseFault.MISSING_OUTPUT, CaseFault.STEP_SKIPPED,
            CaseFault.STEP_OUT_OF_ORDER);
    /** Working days between two runs of one SOP. */
    private static final int CADENCE_DAYS = 5;

    private final SopCatalog catalog;
    private final CalendarService calendars;

    public RealisticWorkload(SopCatalog catalog, CalendarService calendars) {
        this.catalog = catalog;
        this.calendars = calendars;
    }

    /** The quarter's data as it stood at {@code now}: nothing after it has happened yet. */
    public Workload generate(Quarter quarter, Instant now) {
        Workload.Builder workload = Workload.builder();
        for (Sop sop : catalog.sops()) {
            cases(sop, quarter, now, workload);
        }
        catalog.sops().stream().map(s -> s.units().get(0)).distinct().sorted().forEach(tenant -> new RealisticSubjects(
                tenant, calendars.forUnit(tenant), quarter, random(quarter, tenant), now)
                .build(subUnits(tenant), workload));
        return workload.build();
    }

    private void cases(Sop sop, Quarter quarter, Instant now, Workload.Builder workload) {
        Random random = random(quarter, sop.code());
        WorkingCalendar calendar = calendars.forUnit(sop.units().get(0)).countingDaysAs(sop.dayCounting());
        // some units keep to their Mutu Baku better than others: 2-12 % of steps run over
        double overrunChance = 0.02 + 0.10 * random.nextDouble();
        int number = 0;
        for (LocalDate day = firstWorkingDay(calendar, quarter.firstDay()); day.isBefore(quarter.end());
                day = workingDaysAfter(calendar, day, CADENCE_DAYS - 1 + random.nextInt(3))) {
            Instant start = ZonedDateTime.of(day.atTime(7, 45).plusMinutes(random.nextInt(120)), calendar.zone())
                    .toInstant();
            String caseId = sop.code() + "-" + quarter + "-" + String.format("%02d", ++number);
            workload.events.addAll(new RealisticCase(sop, calendar, caseId, drawFault(random), random, overrunChance,
                    now).build(start));
        }
    }

    private static CaseFault drawFault(Random random) {
        double x = random.nextDouble();
        for (CaseFault fault : FAULT_ORDER) {
            x -= FAULTS.get(fault);
            if (x < 0) {
                return fault;
            }
        }
        return CaseFault.NONE;
    }

    /** Where the indicator data comes from: the seksi of a kecamatan, the bagian or bidang of an office. */
    static List<String> subUnits(String tenant) {
        if (tenant.startsWith("kec-")) {
            return List.of("kasi-pemerintahan", "kasi-kesejahteraan-sosial", "kasi-trantib", "subbag-umum");
        }
        if (tenant.startsWith("setda-")) {
            return List.of("bagian-umum", "bagian-hukum", "bagian-organisasi", "bagian-pemerintahan");
        }
        return List.of("bidang-anggaran", "bidang-perbendaharaan", "bidang-akuntansi", "bidang-aset");
    }

    private static Random random(Quarter quarter, String salt) {
        return new Random(31L * quarter.toString().hashCode() + salt.hashCode());
    }

    private static LocalDate firstWorkingDay(WorkingCalendar calendar, LocalDate from) {
        LocalDate day = from;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate workingDaysAfter(WorkingCalendar calendar, LocalDate from, int days) {
        LocalDate day = from;
        for (int i = 0; i < days; i++) {
            day = firstWorkingDay(calendar, day.plusDays(1));
        }
        return day;
    }
}

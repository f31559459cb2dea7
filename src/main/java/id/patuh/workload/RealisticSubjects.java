package id.patuh.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;

/**
 * The indicator data of one tenant for one quarter: each sub-unit is asked for each indicator,
 * due on the tenth day after the quarter; most answer on time and are verified by the planner of
 * the tenant, a few answer late, never, unverified, self-verified or with an implausible value.
 */
final class RealisticSubjects {

    static final List<String> INDICATORS = List.of(
            "IKU-1 Persentase capaian sasaran kinerja unit",
            "IKU-2 Persentase pelayanan administrasi tepat waktu",
            "IKU-3 Indeks kepuasan masyarakat",
            "IKU-4 Persentase dokumen perencanaan tepat waktu");

    private final String tenant;
    private final WorkingCalendar calendar;
    private final Quarter quarter;
    private final Random random;
    private final Instant now;

    RealisticSubjects(String tenant, WorkingCalendar calendar, Quarter quarter, Random random, Instant now) {
        this.tenant = tenant;
        this.calendar = calendar;
        this.quarter = quarter;
        this.random = random;
        this.now = now;
    }

    void build(List<String> subUnits, Workload.Builder out) {
        Instant due = ZonedDateTime.of(quarter.end().plusDays(9).atTime(16, 0), calendar.zone()).toInstant();
        String verifier = nip(tenant, 0);
        for (int u = 0; u < subUnits.size(); u++) {
            String unit = tenant + "/" + subUnits.get(u);
            for (String indicator : INDICATORS) {
                String code = indicator.substring(0, indicator.indexOf(' '));
                String id = unit.replace('/', '-') + "-" + code.toLowerCase() + "-" + quarter;
                out.requests.add(new DataRequest("req-" + id, null, unit, code, quarter.toString(), due));
                record(out, "rec-" + id, unit, code, indicator.substring(code.length() + 1), due, nip(tenant, u + 1),
                        verifier);
            }
        }
    }

    private void record(Workload.Builder out, String id, String unit, String code, String name, Instant due,
            String submitter, String verifier) {
        double x = random.nextDouble();
        if (x < 0.05) {
            return; // never submitted: MISSING_SUBMISSION once due
        }
        Instant submitted = x < 0.15 ? calendar.dueAt(due, MutuBakuWaktu.ofDays(1 + random.nextInt(5)))
                : due.minus(Duration.ofHours(4 + random.nextInt(24 * 8)));
        if (submitted.isAfter(now)) {
            return;
        }
        double v = random.nextDouble();
        Instant verified = v < 0.05 ? null : calendar.dueAt(submitted, MutuBakuWaktu.ofDays(1 + random.nextInt(3)));
        verified = verified == null || verified.isAfter(now) ? null : verified;
        String verifiedBy = verified == null ? null : v < 0.07 ? submitter : verifier;
        BigDecimal target = BigDecimal.valueOf(50 + random.nextInt(51));
        double achieved = random.nextDouble() < 0.02 ? 2.6 : 0.75 + 0.3 * random.nextDouble();
        BigDecimal realization = target.multiply(BigDecimal.valueOf(achieved)).setScale(2, RoundingMode.HALF_UP);
        out.records.add(new IndicatorRecord(id, unit, code, name, "sasaran", quarter.toString(),
                target.multiply(BigDecimal.valueOf(4)), target, realization, "higher-better", submitter, submitted,
                verifiedBy, verified, null, null));
    }

    /** A made-up 18-digit NIP, stable per tenant and person: no real official's number. */
    private static String nip(String tenant, int person) {
        long n = Math.floorMod(tenant.hashCode() * 31L + person, 1_000_000L);
        return String.format("19800101%04d%06d", 2000 + person, n);
    }
}

package id.patuh.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.SopCatalog;
import id.patuh.findings.FindingStatus;
import id.patuh.findings.FindingView;
import id.patuh.findings.Kondisi;

/** Plain records for calculator tests: the shipped catalog and calendars, and short builders. */
final class ReportFixtures {

    static final CalendarService CALENDARS =
            CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));
    static final SopCatalog CATALOG = CatalogService.readDirectory(Path.of("sop-catalog"));
    static final String SOP = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
    static final String TENANT = "setda-sidoarjo-perencanaan";
    static final String BAGIAN = TENANT + "/bagian-umum";

    private ReportFixtures() {
    }

    /** The defaults exactly as Spring binds them from the annotations (no numbers copied here). */
    static ReportProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("patuh.report", ReportProperties.class);
    }

    /** {@code wib("2024-04-02T08:00")}. */
    static Instant wib(String local) {
        return OffsetDateTime.parse(local + ":00+07:00").toInstant();
    }

    static ActivityEvent event(String id, String caseId, int step, String role, String start, String finish) {
        return new ActivityEvent(id, SOP, caseId, TENANT, step, role, null, wib(start),
                finish == null ? null : wib(finish), List.of(), null, null);
    }

    static IndicatorRecord record(String id, String indicator, String submittedBy, String submittedAt,
            String verifiedBy, String verifiedAt, String validatedAt) {
        return new IndicatorRecord(id, BAGIAN, indicator, "Indikator " + indicator, "sasaran", "2024-Q1",
                BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.valueOf(90), "higher-better", submittedBy,
                submittedAt == null ? null : wib(submittedAt), verifiedBy, verifiedAt == null ? null : wib(verifiedAt),
                validatedAt == null ? null : "kabag", validatedAt == null ? null : wib(validatedAt));
    }

    static DataRequest request(String id, String indicator, String due) {
        return new DataRequest(id, "sda-c1", BAGIAN, indicator, "2024-Q1", wib(due));
    }

    static FindingView caseFinding(String id, String code, String severity, String caseId, int step,
            List<String> evidence, FindingStatus status, String detected, String lastActor) {
        return finding(id, code, severity, caseId, step, TENANT, null, null, evidence, status, detected, lastActor);
    }

    static FindingView dataFinding(String id, String code, String severity, String indicator, FindingStatus status,
            String detected, String lastActor) {
        return finding(id, code, severity, null, null, BAGIAN, indicator, "2024-Q1", List.of(), status, detected,
                lastActor);
    }

    private static FindingView finding(String id, String code, String severity, String caseId, Integer step,
            String unit, String indicator, String period, List<String> evidence, FindingStatus status,
            String detected, String lastActor) {
        Instant at = wib(detected);
        // the system as last actor means the condition stopped holding (kondisi tidak_berlaku)
        boolean stopped = "patuh".equals(lastActor);
        List<FindingView.HistoryEntry> history = lastActor == null
                ? List.of(new FindingView.HistoryEntry(at, "patuh", null, "terbuka", "ditemukan"))
                : List.of(new FindingView.HistoryEntry(at, "patuh", null, "terbuka", "ditemukan"),
                        new FindingView.HistoryEntry(at.plusSeconds(3600), lastActor, "terbuka", status.label(),
                                "catatan"));
        return new FindingView(id, code, severity, caseId == null ? null : SOP, caseId, step, unit, indicator, period,
                code + " rule", "pesan " + id, "message " + id, evidence, at, "v1", status, null, at, history,
                stopped ? Kondisi.TIDAK_BERLAKU : Kondisi.BERLAKU, stopped ? "tidak berlaku lagi" : null, null, null);
    }
}

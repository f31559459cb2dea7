package id.patuh.evaluation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;

/** The real seed catalog, the shipped calendars and the rules of the repository, loaded once. */
final class Fixtures {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static final SopCatalog CATALOG = CatalogService.readDirectory(Path.of("sop-catalog"));
    static final CalendarService CALENDARS =
            CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));

    static final String KEMLAGI = "kemlagi-pengumpulan-data-kinerja";
    static final String SIDOARJO = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
    static final String SUAKMIDAI = "suakmidai-pengumpulan-data-kinerja";
    static final String TANJUNGANOM = "tanjunganom-mekanisme-pengumpulan-data-kinerja";
    static final String WAYKANAN_1 = "waykanan-bpkad-pengumpulan-data-kinerja-1";

    /** The 2023 test-only version of Sidoarjo (src/test/resources/sop-versions): step 7 "1 Hari", no hand-in. */
    static final Sop OLD_SIDOARJO = CatalogService.readDirectory(Path.of("src/test/resources/sop-versions"))
            .find("sidoarjo-perencanaan-pengumpulan-data-kinerja").orElseThrow();

    private static RuleEngine engine;

    private Fixtures() {
    }

    /** The rules of ./rules, compiled once for all rule tests. */
    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.compile(Path.of("rules"));
        }
        return engine;
    }

    static Sop sop(String code) {
        return CATALOG.find(code).orElseThrow();
    }

    static WorkingCalendar calendar() {
        return CALENDARS.defaultCalendar();
    }

    /** {@code wib("2024-07-01T09:00")}: a local time in Asia/Jakarta. */
    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}

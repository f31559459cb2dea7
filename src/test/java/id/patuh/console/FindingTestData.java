package id.patuh.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import id.patuh.cases.DataKind;
import id.patuh.evaluation.Finding;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingView;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;

/**
 * The data of the findings page tests, evaluated on import at a fixed "now" of 30 April 2024
 * 12:00 WIB (the README's audit time):
 * <ul>
 * <li>the repository's examples (setda-sidoarjo-perencanaan): the README's nine findings;</li>
 * <li>case {@code kml-uji-01} of kec-kemlagi, computed by hand: step 2 (Mutu Baku "60" minutes)
 * ran from Friday 5 April 2024 15:50 to Tuesday 16 April 08:20 WIB. Friday's office closes at
 * 16:30 (40 m), the weekends and the Idul Fitri holidays and cuti bersama of 8–12 and 15 April
 * count nothing, Tuesday counts 07:30–08:20 (50 m): 1 j 30 m of working time against 1 jam, due
 * Tuesday 07:50, ratio 1.5 (rendah). Step 3 is done by a Kasi instead of the Staff (sedang);</li>
 * <li>case {@code tjg-uji-01} of kec-tanjunganom, a tenant the inspektur test user may not see;</li>
 * <li>a finding of kec-tanjunganom first raised on 10 April, for the age filter.</li>
 * </ul>
 * Loading again changes nothing: ingest and reconciliation are idempotent.
 */
final class FindingTestData {

    static final Instant NOW = Instant.parse("2024-04-30T05:00:00Z");
    static final String KEMLAGI_CASE = "kml-uji-01";
    static final String KEMLAGI_SOP = "kemlagi-pengumpulan-data-kinerja";
    static final String SIDOARJO_CASE = "sda-2024-TW1";

    private static final String KEMLAGI = """
            event_id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,finished_at,kelengkapan,output
            kml-uji-01-1,kemlagi-pengumpulan-data-kinerja,kml-uji-01,kec-kemlagi,1,Camat,19681016,2024-04-05T15:40:00+07:00,2024-04-05T15:43:00+07:00,Nota Dinas,Dokumen
            kml-uji-01-2,kemlagi-pengumpulan-data-kinerja,kml-uji-01,kec-kemlagi,2,Sekcam,19700101,2024-04-05T15:50:00+07:00,2024-04-16T08:20:00+07:00,Dokumen,Dokumen
            kml-uji-01-3,kemlagi-pengumpulan-data-kinerja,kml-uji-01,kec-kemlagi,3,Kasi,19800101,2024-04-16T08:30:00+07:00,2024-04-16T09:00:00+07:00,Dokumen,Dokumen
            tjg-uji-01-1,tanjunganom-mekanisme-pengumpulan-data-kinerja,tjg-uji-01,kec-tanjunganom,1,Kasi,19750101,2024-04-02T08:00:00+07:00,2024-04-02T08:03:00+07:00,Dokumen,Dokumen format data
            """;

    private FindingTestData() {
    }

    static void load(IngestService ingest, FindingService findings) {
        load(ingest, DataKind.ACTIVITIES, file("examples/activities.csv"));
        load(ingest, DataKind.INDICATORS, file("examples/indicators.csv"));
        load(ingest, DataKind.REQUESTS, file("examples/requests.csv"));
        load(ingest, DataKind.ACTIVITIES, new ByteArrayInputStream(KEMLAGI.getBytes(StandardCharsets.UTF_8)));
        Instant tenthOfApril = Instant.parse("2024-04-10T02:00:00Z");
        String unit = "kec-tanjunganom";
        findings.reconcile("uji:umur", List.of(new Finding(Finding.idOf("MISSING_OUTPUT", null, "tjg-lama", 1, unit,
                null, null, "tjg-lama-1"), "MISSING_OUTPUT", "rendah", null, "tjg-lama", 1, unit, null, null,
                "MISSING_OUTPUT finished step has no output", "Temuan lama untuk uji umur.", "An old finding.",
                List.of("tjg-lama-1"), tenthOfApril, "uji")), tenthOfApril);
    }

    /**
     * Puts the kec-kemlagi findings back to {@code terbuka} without a follow-up: the page and
     * browser tests share one store and take the same findings through the follow-up.
     */
    static void resetFollowUps(org.springframework.data.mongodb.core.MongoTemplate mongo) {
        mongo.getCollection("findings").updateMany(com.mongodb.client.model.Filters.eq("tenant", "kec-kemlagi"),
                com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.set("status", "terbuka"),
                        com.mongodb.client.model.Updates.unset("tindak_lanjut")));
    }

    /** The one finding of a code in a case (the tests' data has no two). */
    static FindingView finding(FindingService findings, String caseId, String code) {
        List<FindingView> items = findings.list(new FindingFilter(null, null, code, null, null, null, null, caseId),
                0, 10).items();
        if (items.size() != 1) {
            throw new IllegalStateException(items.size() + " findings " + code + " in " + caseId);
        }
        return items.get(0);
    }

    /** The finding of a code about one step of a case. */
    static FindingView finding(FindingService findings, String caseId, String code, int stepNo) {
        return findings.list(new FindingFilter(null, null, code, null, null, null, null, caseId), 0, 10).items()
                .stream().filter(f -> f.stepNo() != null && f.stepNo() == stepNo).findFirst().orElseThrow();
    }

    static FindingView subjectFinding(FindingService findings, String indicator, String code) {
        return findings.list(new FindingFilter(null, null, code, null, null, "2024-Q1", null, null), 0, 50).items()
                .stream().filter(f -> indicator.equals(f.indicatorCode())).findFirst().orElseThrow();
    }

    private static InputStream file(String path) {
        try {
            return Files.newInputStream(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(IngestService ingest, DataKind kind, InputStream in) {
        try (in) {
            ingest.ingest(kind, InputFormat.CSV, in, "uji-konsol", IngestListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evaluation, findings and the console all read this clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}

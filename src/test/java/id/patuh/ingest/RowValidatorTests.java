package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.KEMLAGI;
import static id.patuh.ingest.IngestFixtures.SIDOARJO;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;

class RowValidatorTests {

    private final RowValidator validator = IngestFixtures.validator();

    private static Map<String, String> activity() {
        Map<String, String> fields = new HashMap<>();
        fields.put("event_id", "e1");
        fields.put("sop_code", KEMLAGI);
        fields.put("case_id", "kemlagi-2024-TW1");
        fields.put("unit", "kec-kemlagi");
        fields.put("step_no", "1");
        fields.put("actor_role", "Camat");
        fields.put("started_at", "2024-04-01T08:00:00+07:00");
        return fields;
    }

    private static Map<String, String> indicator() {
        Map<String, String> fields = new HashMap<>();
        fields.put("record_id", "r1");
        fields.put("unit", "kec-kemlagi/kasi-pemerintahan");
        fields.put("indicator_code", "IKU-1");
        fields.put("period", "2024-Q1");
        return fields;
    }

    private ValidatedRow validate(DataKind kind, Map<String, String> fields) {
        return validator.validate(kind, new SourceRow(7, fields));
    }

    private ValidatedRow activityWith(String field, String value) {
        Map<String, String> fields = activity();
        fields.put(field, value);
        return validate(DataKind.ACTIVITIES, fields);
    }

    private ValidatedRow indicatorWith(String field, String value) {
        Map<String, String> fields = indicator();
        fields.put(field, value);
        return validate(DataKind.INDICATORS, fields);
    }

    private static RowError onlyError(ValidatedRow row) {
        assertThat(row.accepted()).isFalse();
        assertThat(row.record()).isNull();
        assertThat(row.errors()).hasSize(1);
        RowError error = row.errors().get(0);
        assertThat(error.line()).isEqualTo(7);
        return error;
    }

    @Test
    void buildsAnActivityEventFromAValidRow() {
        Map<String, String> fields = activity();
        fields.put("actor_id", " 19681016 ");
        fields.put("finished_at", "2024-04-01T01:03:00Z");
        fields.put("kelengkapan", " Nota Dinas ; ;Dokumen;");
        fields.put("output", "Dokumen");

        ValidatedRow row = validate(DataKind.ACTIVITIES, fields);

        assertThat(row.accepted()).isTrue();
        assertThat(row.record()).isEqualTo(new ActivityEvent("e1", KEMLAGI, "kemlagi-2024-TW1", "kec-kemlagi", 1, "Camat",
                "19681016", Instant.parse("2024-04-01T01:00:00Z"), Instant.parse("2024-04-01T01:03:00Z"),
                List.of("Nota Dinas", "Dokumen"), "Dokumen", null));
    }

    @Test
    void reportsEveryMissingRequiredFieldOfARow() {
        ValidatedRow row = validate(DataKind.ACTIVITIES, Map.of("event_id", "e1", "unit", "kec-kemlagi"));

        assertThat(row.errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("sop_code", "case_id", "step_no", "actor_role", "started_at");
        assertThat(row.errors()).allSatisfy(e -> {
            assertThat(e.id()).isEqualTo("e1");
            assertThat(e.reason()).endsWith("wajib diisi");
            assertThat(e.reasonEn()).endsWith("required");
        });
    }

    @Test
    void readsATimestampWithoutOffsetInTheUnitsZone() {
        var wita = new RowValidator(IngestFixtures.CATALOG, unit -> ZoneId.of("Asia/Makassar"), IngestFixtures.LIMITS);
        Map<String, String> fields = activity();
        fields.put("started_at", "2024-04-01T08:00:00");

        var event = (ActivityEvent) wita.validate(DataKind.ACTIVITIES, new SourceRow(2, fields)).record();

        assertThat(event.startedAt()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void acceptsZuluFractionsAndASpaceForTheT() {
        assertThat(activityWith("started_at", "2024-04-01T01:00:00.250Z").accepted()).isTrue();
        var event = (ActivityEvent) activityWith("started_at", "2024-04-01 08:00:00").record();
        assertThat(event.startedAt()).isEqualTo(Instant.parse("2024-04-01T01:00:00Z"));
    }

    @Test
    void rejectsATimestampThatIsNotIsoShowingTheValue() {
        RowError error = onlyError(activityWith("started_at", "1 April 2024 08:00"));

        assertThat(error.field()).isEqualTo("started_at");
        assertThat(error.reason()).contains("started_at", "ISO-8601", "\"1 April 2024 08:00\"");
        assertThat(error.reasonEn()).contains("started_at", "not an ISO-8601 time", "\"1 April 2024 08:00\"");
    }

    @Test
    void readsADayFirstSpreadsheetTimeInTheUnitsZoneAndSaysHowItWasRead() {
        var wita = new RowValidator(IngestFixtures.CATALOG, unit -> ZoneId.of("Asia/Makassar"), IngestFixtures.LIMITS);
        Map<String, String> fields = activity();
        fields.put("started_at", "02/11/2026 10:00");
        fields.put("finished_at", "13/11/2026 9:05:30");

        ValidatedRow row = wita.validate(DataKind.ACTIVITIES, new SourceRow(2, fields));

        var event = (ActivityEvent) row.record();
        assertThat(event.startedAt()).isEqualTo(Instant.parse("2026-11-02T02:00:00Z"));
        assertThat(event.finishedAt()).isEqualTo(Instant.parse("2026-11-13T01:05:30Z"));
        assertThat(row.warnings()).extracting(RowWarning::field).containsExactly("started_at", "finished_at");
        assertThat(row.warnings().get(0).message()).contains("2 November 2026 10:00:00 WITA", "hari/bulan/tahun");
        assertThat(row.warnings().get(0).messageEn()).contains("2 November 2026 10:00:00 WITA", "day/month/year");
    }

    @Test
    void rejectsDayFirstTimesThatCouldBeReadAnotherWay() {
        assertThat(onlyError(activityWith("started_at", "11/25/2026 10:00")).reasonEn())
                .contains("no month 25", "\"11/25/2026 10:00\"");
        assertThat(onlyError(activityWith("started_at", "02/11/26 10:00")).reasonEn()).contains("four digits");
        assertThat(onlyError(activityWith("started_at", "02/11/2026")).reasonEn()).contains("no time of day");
        assertThat(onlyError(activityWith("started_at", "31/02/2026 10:00")).reasonEn())
                .contains("not an existing date");
        assertThat(activityWith("started_at", "12/12/2026 23:59").accepted()).isTrue();
        assertThat(activityWith("started_at", "1-2-2026 08:00").accepted()).isTrue();
    }

    @Test
    void rejectsFinishedBeforeStarted() {
        RowError error = onlyError(activityWith("finished_at", "2024-04-01T07:59:00+07:00"));

        assertThat(error.field()).isEqualTo("finished_at");
        assertThat(error.reasonEn()).contains("before started_at");
    }

    @Test
    void rejectsAnSopCodeMissingFromTheCatalog() {
        RowError error = onlyError(activityWith("sop_code", "sop-tidak-ada"));

        assertThat(error.field()).isEqualTo("sop_code");
        assertThat(error.reasonEn()).contains("not in the SOP catalog", "sop-tidak-ada");
    }

    @Test
    void rejectsAStepTheSopDoesNotHave() {
        assertThat(onlyError(activityWith("step_no", "13")).reasonEn()).contains("is not a step of SOP", "1–12");
        assertThat(onlyError(activityWith("step_no", "1.5")).field()).isEqualTo("step_no");
        assertThat(onlyError(activityWith("step_no", "0")).field()).isEqualTo("step_no");
    }

    @Test
    void resolvesTheStepFromItsActivityText() {
        Map<String, String> fields = activity();
        fields.remove("step_no");
        fields.put("activity", "  MEMBUAT   draft lakip ");

        assertThat(((ActivityEvent) validate(DataKind.ACTIVITIES, fields).record()).stepNo()).isEqualTo(5);

        fields.put("activity", "Membuat draft");
        assertThat(onlyError(validate(DataKind.ACTIVITIES, fields)).field()).isEqualTo("activity");
    }

    @Test
    void acceptsARoleThatIsNotTheStepsExecutorWithoutWarning() {
        ValidatedRow row = activityWith("actor_role", "staf");

        assertThat(row.accepted()).isTrue();
        assertThat(((ActivityEvent) row.record()).actorRole()).isEqualTo("staf");
        assertThat(row.warnings()).isEmpty();
    }

    @Test
    void warnsAboutARoleNoSopOfTheCatalogKnows() {
        ValidatedRow row = activityWith("actor_role", "Bupati");

        assertThat(row.accepted()).isTrue();
        assertThat(row.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("actor_role");
            assertThat(w.messageEn()).contains("Bupati", "matches no role");
        });
    }

    @Test
    void acceptsADecisionOnlyOnADecisionStepNormalisingItsCase() {
        Map<String, String> fields = activity();
        fields.putAll(Map.of("sop_code", SIDOARJO, "step_no", "8", "actor_role", "Kabag Perencanaan", "decision", "YA"));
        assertThat(((ActivityEvent) validate(DataKind.ACTIVITIES, fields).record()).decision()).isEqualTo("ya");

        assertThat(onlyError(activityWith("decision", "ya")).reasonEn()).contains("only for decision steps");
        fields.put("decision", "mungkin");
        assertThat(onlyError(validate(DataKind.ACTIVITIES, fields)).field()).isEqualTo("decision");
    }

    @Test
    void rejectsUnitCodesOutsideLowerCaseDigitsHyphensAndSlashes() {
        for (String unit : List.of("Kec-Kemlagi", "kec kemlagi", "kec-kemlagi/", "{\"$gt\":\"\"}", "kec_kemlagi", "a//b")) {
            assertThat(onlyError(activityWith("unit", unit)).field()).as(unit).isEqualTo("unit");
        }
        assertThat(indicatorWith("unit", "kec-kemlagi/kasi-pemerintahan/2").accepted()).isTrue();
    }

    @Test
    void rejectsColumnNamesThatADocumentStoreWouldReadAsOperators() {
        Map<String, String> fields = activity();
        fields.put("$where", "sleep(1000)");
        fields.put("unit.tenant", "kec-lain");

        ValidatedRow row = validate(DataKind.ACTIVITIES, fields);

        assertThat(row.errors()).extracting(RowError::field).containsExactlyInAnyOrder("$where", "unit.tenant");
        assertThat(row.errors().get(0).reasonEn()).contains("must not start with \"$\"");
    }

    @Test
    void rejectsIdsWithControlCharactersOrOver200Characters() {
        assertThat(onlyError(activityWith("event_id", "e\u00001")).field()).isEqualTo("event_id");
        assertThat(onlyError(activityWith("case_id", "c\u200B1")).field()).isEqualTo("case_id");
        assertThat(onlyError(activityWith("event_id", "e".repeat(201))).reason()).contains("1–200");
        assertThat(activityWith("event_id", "e".repeat(200)).accepted()).isTrue();
    }

    @Test
    void rejectsAnyValueLongerThanTheLimitShowingOnlyItsStart() {
        RowError error = onlyError(activityWith("output", "x".repeat(3000)));

        assertThat(error.field()).isEqualTo("output");
        assertThat(error.reason()).contains("x".repeat(60) + "…").doesNotContain("x".repeat(61));
    }

    @Test
    void buildsAnIndicatorRecordWithExactDecimals() {
        Map<String, String> fields = indicator();
        fields.putAll(Map.of("target_annual", "1234.5", "target_period", "0.25", "realization", "-3", "level", "Sasaran",
                "period", "2024-q2", "submitted_at", "2024-04-10T10:00:00+07:00"));

        var record = (IndicatorRecord) validate(DataKind.INDICATORS, fields).record();

        assertThat(record.targetAnnual()).isEqualTo(new BigDecimal("1234.5"));
        assertThat(record.targetPeriod()).isEqualTo(new BigDecimal("0.25"));
        assertThat(record.realization()).isEqualTo(new BigDecimal("-3"));
        assertThat(record.level()).isEqualTo("sasaran");
        assertThat(record.period()).isEqualTo("2024-Q2");
        assertThat(record.direction()).isEqualTo("higher-better");
        assertThat(record.submitted()).isTrue();
        assertThat(record.tenant()).isEqualTo("kec-kemlagi");
    }

    @Test
    void rejectsDecimalCommaNamingTheField() {
        RowError error = onlyError(indicatorWith("realization", "1.234,5"));
        assertThat(error.field()).isEqualTo("realization");
        assertThat(error.reason()).contains("koma", "titik", "\"1.234,5\"");
        assertThat(error.reasonEn()).contains("uses a comma", "\"1.234,5\"");

        assertThat(onlyError(indicatorWith("target_period", "1,5")).field()).isEqualTo("target_period");
        assertThat(onlyError(indicatorWith("target_annual", "85%")).reasonEn()).contains("not a decimal");
        assertThat(onlyError(indicatorWith("target_annual", "1.234.567")).field()).isEqualTo("target_annual");
    }

    @Test
    void acceptsAnnualAndQuarterlyPeriodsOnly() {
        assertThat(indicatorWith("period", "2024").accepted()).isTrue();
        for (String period : List.of("2024-Q5", "2024-Q0", "Q1-2024", "24-Q1", "2024-T1", "2024-01")) {
            assertThat(onlyError(indicatorWith("period", period)).field()).as(period).isEqualTo("period");
        }
    }

    @Test
    void checksDirectionAndLevel() {
        assertThat(((IndicatorRecord) indicatorWith("direction", "Lower-Better").record()).direction())
                .isEqualTo("lower-better");
        assertThat(onlyError(indicatorWith("direction", "lower")).reasonEn()).contains("higher-better, lower-better");
        assertThat(onlyError(indicatorWith("level", "unit")).field()).isEqualTo("level");
    }

    @Test
    void reportsAllErrorsOfAnIndicatorRowEachWithItsField() {
        Map<String, String> fields = indicator();
        fields.putAll(Map.of("period", "2024-Q9", "realization", "1,5", "verified_at", "kemarin"));

        assertThat(validate(DataKind.INDICATORS, fields).errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("period", "realization", "verified_at");
    }

    @Test
    void buildsADataRequestAndRequiresItsDueTime() {
        Map<String, String> fields = new HashMap<>(Map.of("request_id", "q1", "unit", "kec-kemlagi/kasi-pelayanan",
                "indicator_code", "IKU-1", "period", "2024-Q1", "due_at", "2024-04-10T16:00:00"));

        var request = (DataRequest) validate(DataKind.REQUESTS, fields).record();
        assertThat(request.dueAt()).isEqualTo(Instant.parse("2024-04-10T09:00:00Z"));
        assertThat(request.caseId()).isNull();

        fields.remove("due_at");
        assertThat(onlyError(validate(DataKind.REQUESTS, fields)).field()).isEqualTo("due_at");
    }
}

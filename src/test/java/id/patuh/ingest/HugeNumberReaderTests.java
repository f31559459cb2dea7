package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;

/**
 * The probe of issue 19 ({@code "actor_id":1e999999999} answered 500 from an OutOfMemoryError)
 * and its relatives, in every field that takes a number and in fields that take text, through
 * every reader: each is a row error naming its field, and the rows around it still count.
 */
class HugeNumberReaderTests {

    static final String MILLION_DIGITS = "9".repeat(1_000_000);
    static final List<String> PROBES = List.of("1e999999999", "1e-999999999", "-1E+999999999", "0e-999999999",
            MILLION_DIGITS, "1." + MILLION_DIGITS.substring(1));

    private static final String GOOD_ACTIVITY = "{\"event_id\":\"%s\",\"sop_code\":\"" + IngestFixtures.KEMLAGI
            + "\",\"case_id\":\"c-num\",\"unit\":\"kec-kemlagi\",\"step_no\":%s,\"actor_role\":\"Camat\","
            + "\"actor_id\":%s,\"started_at\":\"2024-04-01T08:00:00+07:00\"}";
    private static final String GOOD_INDICATOR = "{\"record_id\":\"%s\",\"unit\":\"kec-kemlagi\","
            + "\"indicator_code\":\"IKU-1\",\"period\":\"2024-Q1\",\"target_annual\":%s,\"target_period\":%s,"
            + "\"realization\":%s}";

    /** Every JSON field that may carry a number, with the probe in it and good neighbours around. */
    static Stream<Arguments> jsonFields() {
        return PROBES.stream().flatMap(probe -> Stream.of(
                Arguments.of(DataKind.ACTIVITIES, "step_no", activity("a2", probe, "\"x\"")),
                Arguments.of(DataKind.ACTIVITIES, "actor_id", activity("a2", "2", probe)),
                Arguments.of(DataKind.ACTIVITIES, "event_id", activity("a2", "2", "1").replace("\"a2\"", probe)),
                Arguments.of(DataKind.INDICATORS, "target_annual", indicator("r2", probe, "1", "1")),
                Arguments.of(DataKind.INDICATORS, "target_period", indicator("r2", "1", probe, "1")),
                Arguments.of(DataKind.INDICATORS, "realization", indicator("r2", "1", "1", probe)),
                Arguments.of(DataKind.INDICATORS, "record_id", indicator("r2", "1", "1", "1").replace("\"r2\"", probe))));
    }

    private static String activity(String id, String stepNo, String actorId) {
        return GOOD_ACTIVITY.formatted(id, stepNo, actorId);
    }

    private static String indicator(String id, String annual, String period, String realization) {
        return GOOD_INDICATOR.formatted(id, annual, period, realization);
    }

    private static String[] neighbours(DataKind kind) {
        return kind == DataKind.ACTIVITIES
                ? new String[] {activity("a1", "1", "1968"), activity("a3", "3", "\"1969\"")}
                : new String[] {indicator("r1", "100", "25", "20.5"), indicator("r3", "100", "50", "48")};
    }

    @ParameterizedTest(name = "JSON array, {1}")
    @MethodSource("jsonFields")
    void aJsonArrayRefusesTheNumberAsARowErrorOfItsField(DataKind kind, String field, String bad) {
        String[] good = neighbours(kind);
        var outcome = read(kind, InputFormat.JSON, "[" + good[0] + ",\n" + bad + ",\n" + good[1] + "]").validated(kind);

        assertThat(outcome.errors()).singleElement().satisfies(e -> assertFieldError(e, field, 2));
        assertThat(outcome.acceptedLines()).containsExactly(1L, 3L);
    }

    @ParameterizedTest(name = "JSON Lines, {1}")
    @MethodSource("jsonFields")
    void jsonLinesRefuseTheNumberAsARowErrorOfItsField(DataKind kind, String field, String bad) {
        String[] good = neighbours(kind);
        var outcome = read(kind, InputFormat.NDJSON, good[0] + "\n" + bad + "\n" + good[1] + "\n").validated(kind);

        assertThat(outcome.errors()).singleElement().satisfies(e -> assertFieldError(e, field, 2));
        assertThat(outcome.acceptedLines()).containsExactly(1L, 3L);
    }

    static Stream<Arguments> csvNumberFields() {
        return PROBES.stream().flatMap(probe -> Stream.of(
                Arguments.of("target_annual", probe), Arguments.of("target_period", probe),
                Arguments.of("realization", probe), Arguments.of("realization", "1" + "0".repeat(40))));
    }

    @ParameterizedTest(name = "CSV, {0}")
    @MethodSource("csvNumberFields")
    void csvRefusesTheNumberAsARowErrorOfItsField(String field, String probe) {
        String header = "record_id,unit,indicator_code,period,target_annual,target_period,realization\n";
        String bad = "r2,kec-kemlagi,IKU-1,2024-Q1," + switch (field) {
            case "target_annual" -> probe + ",1,1";
            case "target_period" -> "1," + probe + ",1";
            default -> "1,1," + probe;
        };
        String body = header + "r1,kec-kemlagi,IKU-1,2024-Q1,100,25,20.5\n" + bad + "\nr3,kec-kemlagi,IKU-1,2024-Q1,1,1,1\n";
        var outcome = read(DataKind.INDICATORS, InputFormat.CSV, body).validated(DataKind.INDICATORS);

        assertThat(outcome.errors()).singleElement().satisfies(e -> assertFieldError(e, field, 3));
        assertThat(outcome.acceptedIds()).containsExactly("r1", "r3");
    }

    @Test
    void csvAndXesStepNumbersBeyondAnyStepAreRowErrorsOfStepNo() {
        String header = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n";
        var csv = read(DataKind.ACTIVITIES, InputFormat.CSV, header
                + "e1," + IngestFixtures.KEMLAGI + ",c1,kec-kemlagi,1e999999999,Camat,2024-04-01T08:00:00+07:00\n"
                + "e2," + IngestFixtures.KEMLAGI + ",c1,kec-kemlagi,2,Camat,2024-04-01T09:00:00+07:00\n")
                .validated(DataKind.ACTIVITIES);
        assertThat(csv.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("step_no"));
        assertThat(csv.acceptedIds()).containsExactly("e2");

        var xes = read(DataKind.ACTIVITIES, InputFormat.XES, xes("1e-999999999", "1e999999999"))
                .validated(DataKind.ACTIVITIES);
        assertThat(xes.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("step_no");
            assertThat(e.reason()).contains("1e-999999999");
        });
        // a number in a text field of XES or CSV is text: kept as sent, never expanded
        assertThat(xes.records(ActivityEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo("1e999999999"));
    }

    private static String xes(String badStep, String actor) {
        String event = "<event><int key=\"step_no\" value=\"%s\"/><string key=\"event_id\" value=\"%s\"/>"
                + "<string key=\"org:role\" value=\"Camat\"/><string key=\"org:resource\" value=\"" + actor + "\"/>"
                + "<date key=\"time:timestamp\" value=\"2024-04-01T0%s:00:00+07:00\"/>"
                + "<string key=\"lifecycle:transition\" value=\"start\"/></event>\n";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\">\n<trace>"
                + "<string key=\"concept:name\" value=\"c1\"/><string key=\"sop_code\" value=\""
                + IngestFixtures.KEMLAGI + "\"/><string key=\"unit\" value=\"kec-kemlagi\"/>\n"
                + event.formatted(badStep, "x1", "8") + event.formatted("2", "x2", "9") + "</trace>\n</log>\n";
    }

    @Test
    void readingTheProbesAllocatesLittle() {
        StringBuilder body = new StringBuilder("[");
        for (String probe : List.of("1e999999999", "1e-999999999", "-1E+999999999")) {
            for (int i = 0; i < 50; i++) {
                body.append(activity("p" + i, probe, probe)).append(",\n");
            }
        }
        body.append(activity("last", "1", "1")).append("]");
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        var outcome = read(DataKind.ACTIVITIES, InputFormat.JSON, bytes).validated(DataKind.ACTIVITIES);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(outcome.errors()).hasSize(300);
        assertThat(outcome.acceptedIds()).containsExactly("last");
        // one expansion of 1e999999999 alone would be a billion characters
        assertThat(allocated).as("bytes allocated").isLessThan(64L << 20);
    }

    static void assertFieldError(RowError e, String field, long line) {
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.reason()).startsWith(field + ":").contains("nilai");
        assertThat(e.reasonEn()).startsWith(field + ":").contains("value");
        assertThat(e.reason().length() + e.reasonEn().length()).isLessThan(1000);
    }
}

package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static id.patuh.ingest.IngestFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;

class XesReaderTests {

    private static IngestFixtures.Read xes(String body) {
        return read(DataKind.ACTIVITIES, InputFormat.XES, body);
    }

    private static String log(String traces) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\" "
                + "xmlns=\"http://www.xes-standard.org/\">\n" + traces + "</log>\n";
    }

    private static String trace(String caseId, String events) {
        return "<trace>\n<string key=\"concept:name\" value=\"" + caseId + "\"/>\n"
                + "<string key=\"sop_code\" value=\"kemlagi-pengumpulan-data-kinerja\"/>\n"
                + "<string key=\"unit\" value=\"kec-kemlagi\"/>\n" + events + "</trace>\n";
    }

    private static String event(String step, String transition, String time, String extra) {
        return "<event>\n<int key=\"step_no\" value=\"" + step + "\"/>\n"
                + "<string key=\"org:role\" value=\"Camat\"/>\n"
                + "<date key=\"time:timestamp\" value=\"" + time + "\"/>\n"
                + "<string key=\"lifecycle:transition\" value=\"" + transition + "\"/>\n" + extra + "</event>\n";
    }

    @Test
    void sameLogAsCsvAndAsXesGivesEqualEvents() {
        var fromCsv = read(DataKind.ACTIVITIES, InputFormat.CSV, resource("good/kemlagi-two-cases.csv"))
                .validated(DataKind.ACTIVITIES);
        var fromXes = read(DataKind.ACTIVITIES, InputFormat.XES, resource("good/kemlagi-two-cases.xes"))
                .validated(DataKind.ACTIVITIES);

        assertThat(fromXes.errors()).isEmpty();
        assertThat(fromCsv.errors()).isEmpty();
        assertThat(fromXes.records(ActivityEvent.class)).hasSize(5);
        assertThat(sorted(fromXes.records(ActivityEvent.class))).isEqualTo(sorted(fromCsv.records(ActivityEvent.class)));
    }

    @Test
    void pairsEachStartWithTheNextCompleteOfTheSameStepInTheTrace() {
        var read = xes(log(trace("c1",
                event("1", "start", "2024-04-01T08:00:00+07:00", "<string key=\"event_id\" value=\"a\"/>")
                + event("2", "start", "2024-04-01T08:01:00+07:00", "<string key=\"event_id\" value=\"b\"/>")
                + event("1", "complete", "2024-04-01T08:03:00+07:00", "<string key=\"output\" value=\"Dokumen\"/>")
                + event("1", "start", "2024-04-01T09:00:00+07:00", "<string key=\"event_id\" value=\"c\"/>")
                + event("1", "complete", "2024-04-01T09:10:00+07:00", "")
                + event("2", "complete", "2024-04-01T09:30:00+07:00", ""))));

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(r -> r.get("event_id"), r -> r.get("started_at"), r -> r.get("finished_at"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "2024-04-01T08:00:00+07:00", "2024-04-01T08:03:00+07:00"),
                        org.assertj.core.groups.Tuple.tuple("b", "2024-04-01T08:01:00+07:00", "2024-04-01T09:30:00+07:00"),
                        org.assertj.core.groups.Tuple.tuple("c", "2024-04-01T09:00:00+07:00", "2024-04-01T09:10:00+07:00"));
        assertThat(read.rows().get(0).fields()).containsEntry("output", "Dokumen").containsEntry("case_id", "c1")
                .containsEntry("sop_code", "kemlagi-pengumpulan-data-kinerja").containsEntry("unit", "kec-kemlagi")
                .containsEntry("actor_role", "Camat");
    }

    @Test
    void givesEachStepTheLineOfItsStartEvent() {
        var read = read(DataKind.ACTIVITIES, InputFormat.XES, resource("good/kemlagi-two-cases.xes"));

        assertThat(read.rowLines()).containsExactly(17L, 34L, 44L, 74L, 89L);
    }

    @Test
    void leavesAStartWithoutCompleteRunning() {
        var read = xes(log(trace("c1", event("1", "start", "2024-04-01T08:00:00+07:00", ""))));

        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("started_at")).isEqualTo("2024-04-01T08:00:00+07:00");
            assertThat(row.fields()).doesNotContainKey("finished_at");
        });
    }

    @Test
    void rejectsACompleteWithoutStartAtItsLine() {
        var read = xes(log(trace("c1", event("1", "start", "2024-04-01T08:00:00+07:00", "")
                + event("2", "complete", "2024-04-01T08:30:00+07:00", "<string key=\"event_id\" value=\"z\"/>"))));

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.id()).isEqualTo("z");
            assertThat(e.field()).isEqualTo("lifecycle:transition");
            assertThat(e.reason()).contains("complete tanpa start");
            assertThat(e.reasonEn()).contains("complete without start for step \"2\"");
        });
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    void derivesAStableEventIdWhenTheLogHasNoneAndSaysSo() {
        String body = log(trace("c1", event("1", "start", "2024-04-01T08:00:00+07:00", "")
                + event("2", "start", "2024-04-01T09:00:00+07:00", "")));

        var first = xes(body);
        var again = xes(body);

        assertThat(first.rows()).extracting(r -> r.get("event_id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("xes-").hasSize(36));
        assertThat(again.rows()).extracting(r -> r.get("event_id"))
                .isEqualTo(first.rows().stream().map(r -> r.get("event_id")).toList());
        assertThat(first.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("event_id");
            assertThat(w.messageEn()).contains("derived from case_id, step and start time");
        });
    }

    @Test
    void ignoresOtherTransitionsWithOneWarning() {
        var read = xes(log(trace("c1", event("1", "start", "2024-04-01T08:00:00+07:00", "")
                + event("1", "suspend", "2024-04-01T08:10:00+07:00", "")
                + event("1", "suspend", "2024-04-01T08:20:00+07:00", "")
                + event("1", "complete", "2024-04-01T08:30:00+07:00", ""))));

        assertThat(read.rows()).singleElement()
                .satisfies(row -> assertThat(row.get("finished_at")).isEqualTo("2024-04-01T08:30:00+07:00"));
        assertThat(read.warnings()).filteredOn(w -> "lifecycle:transition".equals(w.field())).hasSize(1);
    }

    @Test
    void refusesExternalEntities() {
        var read = read(DataKind.ACTIVITIES, InputFormat.XES, resource("bad/xxe.xes"));

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            // our words, not the parser's (issue 19): neither the entity's target nor the parser's message
            assertThat(e.reasonEn()).isEqualTo("invalid XES: DTDs and entities (&name;) are not allowed (line 7)")
                    .doesNotContain("root:");
        });
    }

    @Test
    void anUnclosedTagIsNamedByLineAndColumnInOurWords() {
        var read = xes("<?xml version=\"1.0\"?>\n<log>\n  <trace>\n</log>\n");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reason()).startsWith("XES tidak valid: XML tidak tersusun baik di baris 4, kolom");
            assertThat(e.reasonEn()).startsWith("invalid XES: the XML is not well-formed at line 4, column")
                    .doesNotContain("trace").doesNotContain("ParseError").doesNotContain("Message");
        });
    }

    @Test
    void rejectsXmlThatIsNotAnXesLog() {
        var read = xes("<?xml version=\"1.0\"?>\n<html><body/></html>");

        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reasonEn()).contains("root element must be <log>"));
    }

    @Test
    void stopsAtMalformedXmlKeepingTheTracesBefore() {
        var read = xes(log(trace("c1", event("1", "start", "2024-04-01T08:00:00+07:00", "")))
                .replace("</log>", "<trace><event></trace></log>"));

        assertThat(read.rows()).hasSize(1);
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(14));
    }

    @Test
    void readsXesForActivitiesOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> RowReaders.open(DataKind.INDICATORS, InputFormat.XES,
                new ByteArrayInputStream(new byte[0]), IngestFixtures.LIMITS));
    }

    private static List<ActivityEvent> sorted(List<ActivityEvent> events) {
        return events.stream().sorted(Comparator.comparing(ActivityEvent::eventId)).toList();
    }
}

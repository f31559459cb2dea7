package id.patuh.workload;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;

/** Writes a workload as the interchange files: CSV for everything, XES for the activity log. */
public final class WorkloadFiles {

    private WorkloadFiles() {
    }

    public static void writeActivitiesCsv(List<ActivityEvent> events, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = printer(out, "event_id", "sop_code", "case_id",
                "unit", "step_no", "actor_role", "actor_id", "started_at", "finished_at", "kelengkapan", "output",
                "decision")) {
            for (ActivityEvent e : events) {
                csv.printRecord(e.eventId(), e.sopCode(), e.caseId(), e.unit(), e.stepNo(), e.actorRole(), e.actorId(),
                        time(e.startedAt()), time(e.finishedAt()), String.join(";", e.kelengkapan()), e.output(),
                        e.decision());
            }
        }
    }

    public static void writeIndicatorsCsv(List<IndicatorRecord> records, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = printer(out, "record_id", "unit",
                "indicator_code", "indicator_name", "level", "period", "target_annual", "target_period", "realization",
                "direction", "submitted_by", "submitted_at", "verified_by", "verified_at", "validated_by",
                "validated_at")) {
            for (IndicatorRecord r : records) {
                csv.printRecord(r.recordId(), r.unit(), r.indicatorCode(), r.indicatorName(), r.level(), r.period(),
                        r.targetAnnual(), r.targetPeriod(), r.realization(), r.direction(), r.submittedBy(),
                        time(r.submittedAt()), r.verifiedBy(), time(r.verifiedAt()), r.validatedBy(),
                        time(r.validatedAt()));
            }
        }
    }

    public static void writeRequestsCsv(List<DataRequest> requests, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = printer(out, "request_id", "case_id", "unit",
                "indicator_code", "period", "due_at")) {
            for (DataRequest q : requests) {
                csv.printRecord(q.requestId(), q.caseId(), q.unit(), q.indicatorCode(), q.period(), time(q.dueAt()));
            }
        }
    }

    /** XES (IEEE 1849-2016): one trace per case, a start and a complete event per finished step. */
    public static void writeActivitiesXes(List<ActivityEvent> events, Path file) throws IOException {
        Map<String, List<ActivityEvent>> traces = new LinkedHashMap<>();
        events.forEach(e -> traces.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e));
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\">\n");
            for (List<ActivityEvent> trace : traces.values()) {
                ActivityEvent first = trace.get(0);
                out.write("  <trace>\n" + str("concept:name", first.caseId()) + str("sop_code", first.sopCode())
                        + str("unit", first.unit()));
                for (ActivityEvent e : trace) {
                    out.write(xesEvent(e, "start", e.startedAt()));
                    if (e.finishedAt() != null) {
                        out.write(xesEvent(e, "complete", e.finishedAt()));
                    }
                }
                out.write("  </trace>\n");
            }
            out.write("</log>\n");
        }
    }

    private static String xesEvent(ActivityEvent e, String transition, Instant at) {
        StringBuilder xml = new StringBuilder("    <event>\n");
        xml.append(str("event_id", e.eventId())).append(str("step_no", String.valueOf(e.stepNo())))
                .append(str("org:role", e.actorRole())).append(str("lifecycle:transition", transition))
                .append("      <date key=\"time:timestamp\" value=\"").append(time(at)).append("\"/>\n");
        if (!e.kelengkapan().isEmpty()) {
            xml.append(str("kelengkapan", String.join(";", e.kelengkapan())));
        }
        if (e.output() != null && transition.equals("complete")) {
            xml.append(str("output", e.output()));
        }
        if (e.decision() != null) {
            xml.append(str("decision", e.decision()));
        }
        return xml.append("    </event>\n").toString();
    }

    private static String str(String key, String value) {
        return value == null ? "" : "      <string key=\"" + key + "\" value=\"" + escape(value) + "\"/>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static CSVPrinter printer(Writer out, String... header) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static String time(Instant instant) {
        return instant == null ? null
                : instant.atOffset(ZoneOffset.ofHours(7)).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

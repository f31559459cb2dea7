package id.patuh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.evaluation.Finding;
import id.patuh.messages.Texts;

/** How {@code audit} prints findings: JSON Lines, CSV or a table for people. */
enum FindingFormat {
    JSONL, CSV, TABLE;

    static final List<String> COLUMNS = List.of("id", "code", "severity", "sop_code", "case_id", "step_no", "unit",
            "indicator_code", "period", "rule", "message", "message_en", "evidence", "detected_at",
            "rule_set_version", "sop_version", "dilanggar_pada");

    void print(List<Finding> findings, PrintWriter out) {
        switch (this) {
            case JSONL -> printJsonLines(findings, out);
            case CSV -> printCsv(findings, out);
            case TABLE -> printTable(findings, out);
        }
        out.flush();
    }

    static Map<String, Object> fields(Finding f) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> values = java.util.Arrays.asList(f.id(), f.code(), f.severity(), f.sopCode(), f.caseId(),
                f.stepNo(), f.unit(), f.indicatorCode(), f.period(), f.rule(), f.message(), f.messageEn(),
                f.evidence(), f.detectedAt() == null ? null : f.detectedAt().toString(), f.ruleSetVersion(), f.sopVersion(),
                f.brokenAt() == null ? null : f.brokenAt().toString());
        for (int i = 0; i < COLUMNS.size(); i++) {
            map.put(COLUMNS.get(i), values.get(i));
        }
        return map;
    }

    private static void printJsonLines(List<Finding> findings, PrintWriter out) {
        ObjectMapper json = new ObjectMapper();
        for (Finding finding : findings) {
            try {
                out.println(json.writeValueAsString(fields(finding)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void printCsv(List<Finding> findings, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            for (Finding finding : findings) {
                List<String> cells = fields(finding).values().stream().map(FindingFormat::cell).toList();
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as a spreadsheet cell: lists joined with ";", and a leading =, +, - or @ neutralised
     * with an apostrophe so a spreadsheet never runs it as a formula.
     */
    static String cell(Object value) {
        String text = value == null ? "" : value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList()) : value.toString();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void printTable(List<Finding> findings, PrintWriter out) {
        out.printf("%-22s %-7s %-40s %-28s %s%n", Texts.id("cli.audit.table.code"),
                Texts.id("cli.audit.table.severity"), Texts.id("cli.audit.table.unit"),
                Texts.id("cli.audit.table.subject"), Texts.id("cli.audit.table.message"));
        for (Finding f : findings) {
            String subject = f.caseId() != null ? f.caseId() + (f.stepNo() == null ? "" : " #" + f.stepNo())
                    : f.indicatorCode() != null ? f.indicatorCode() + " " + f.period() : f.sopCode();
            out.printf("%-22s %-7s %-40s %-28s %s%n", f.code(), f.severity(), nz(f.unit()), subject, f.message());
        }
        out.printf("%d %s%n", findings.size(), Texts.both("cli.audit.table.findings"));
    }

    private static String nz(String text) {
        return text == null ? "-" : text;
    }
}

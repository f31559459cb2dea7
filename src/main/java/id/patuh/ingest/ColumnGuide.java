package id.patuh.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

import id.patuh.cases.DataKind;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/**
 * The interchange columns (interchange.md §1–3) explained for the people who fill them in: the
 * console's column guide and the explanation sheet of the Excel templates read from here, so
 * the two never say different things. The words are in the ingest bundle: the console shows
 * them in the reader's language, the Excel template keeps both.
 */
@NamedInterface("api")
public final class ColumnGuide {

    /**
     * One column.
     *
     * @param about   the sentences that explain it, in order (its own, then a shared one on times or decimals)
     * @param example a value as it would be written; empty when none helps
     */
    public record Column(String name, boolean required, List<Text> about, String example) {

        /** What the column means, in the language of the request being served (Bahasa Indonesia outside one). */
        public String meaning() {
            return meaningIn(Texts.currentLocale());
        }

        /** What the column means, in English. */
        public String meaningEn() {
            return meaningIn(Texts.EN);
        }

        public String meaningIn(Locale locale) {
            return about.stream().map(sentence -> sentence.in(locale)).collect(Collectors.joining(" "));
        }
    }

    private ColumnGuide() {
    }

    /** The columns of {@code kind}, in the contract's order. */
    public static List<Column> of(DataKind kind) {
        return switch (kind) {
            case ACTIVITIES -> ACTIVITIES;
            case INDICATORS -> INDICATORS;
            case REQUESTS -> REQUESTS;
        };
    }

    private static final Text TIME = new Text("ingest.column.time");
    private static final Text DECIMAL = new Text("ingest.column.decimal");

    private static Column column(String name, boolean required, String example, Text... about) {
        return new Column(name, required, List.of(about), example);
    }

    private static final List<Column> ACTIVITIES = List.of(
            column("event_id", true, "kemlagi-2026-001-L1", new Text("ingest.column.activities.event_id")),
            column("sop_code", true, "kemlagi-pengumpulan-data-kinerja", new Text("ingest.column.activities.sop_code")),
            column("case_id", true, "kemlagi-2026-TW1", new Text("ingest.column.activities.case_id")),
            column("unit", true, "kec-kemlagi", new Text("ingest.column.activities.unit")),
            column("step_no", true, "1", new Text("ingest.column.activities.step_no")),
            column("activity", false, "", new Text("ingest.column.activities.activity")),
            column("actor_role", true, "Sekcam", new Text("ingest.column.activities.actor_role")),
            column("actor_id", false, "198001012005011001", new Text("ingest.column.activities.actor_id")),
            column("started_at", true, "02/11/2026 10:00", new Text("ingest.column.activities.started_at"), TIME),
            column("finished_at", false, "02/11/2026 11:30", new Text("ingest.column.activities.finished_at"), TIME),
            column("kelengkapan", false, "Nota Dinas; Data Kinerja", new Text("ingest.column.activities.kelengkapan")),
            column("output", false, "Dokumen LAKIP", new Text("ingest.column.activities.output")),
            column("decision", false, "ya", new Text("ingest.column.activities.decision")));

    private static final List<Column> INDICATORS = List.of(
            column("record_id", true, "kemlagi-IKU-1-2026-Q1", new Text("ingest.column.indicators.record_id")),
            column("unit", true, "kec-kemlagi/kasi-pemerintahan", new Text("ingest.column.indicators.unit")),
            column("indicator_code", true, "IKU-1", new Text("ingest.column.indicators.indicator_code")),
            column("indicator_name", false, "Persentase pelayanan administrasi tepat waktu",
                    new Text("ingest.column.indicators.indicator_name")),
            column("level", false, "sasaran", new Text("ingest.column.indicators.level")),
            column("period", true, "2026-Q1", new Text("ingest.column.indicators.period")),
            column("target_annual", false, "100", new Text("ingest.column.indicators.target_annual"), DECIMAL),
            column("target_period", false, "25", new Text("ingest.column.indicators.target_period"), DECIMAL),
            column("realization", false, "24.5", new Text("ingest.column.indicators.realization"), DECIMAL),
            column("direction", false, "higher-better", new Text("ingest.column.indicators.direction")),
            column("submitted_by", false, "", new Text("ingest.column.indicators.submitted_by")),
            column("submitted_at", false, "", new Text("ingest.column.indicators.submitted_at"), TIME),
            column("verified_by", false, "", new Text("ingest.column.indicators.verified_by")),
            column("verified_at", false, "", new Text("ingest.column.indicators.verified_at"), TIME),
            column("validated_by", false, "", new Text("ingest.column.indicators.validated_by")),
            column("validated_at", false, "", new Text("ingest.column.indicators.validated_at"), TIME));

    private static final List<Column> REQUESTS = List.of(
            column("request_id", true, "req-2026-Q1-1", new Text("ingest.column.requests.request_id")),
            column("case_id", false, "", new Text("ingest.column.requests.case_id")),
            column("unit", true, "kec-kemlagi/kasi-pemerintahan", new Text("ingest.column.requests.unit")),
            column("indicator_code", true, "IKU-1", new Text("ingest.column.requests.indicator_code")),
            column("period", true, "2026-Q1", new Text("ingest.column.requests.period")),
            column("due_at", true, "10/04/2026 16:00", new Text("ingest.column.requests.due_at"), TIME));
}

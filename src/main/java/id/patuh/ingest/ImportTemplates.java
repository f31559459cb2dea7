package id.patuh.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.modulith.NamedInterface;

import id.patuh.cases.DataKind;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;

/**
 * Excel templates that the importer reads back as they are filled in: the activity log of one
 * SOP (its steps as reference rows) and indicator data. The first sheet is what is imported.
 */
@NamedInterface("api")
public final class ImportTemplates {

    /** The data sheets' names; row errors of an import name them. */
    public static final String ACTIVITIES_SHEET = "kegiatan";
    public static final String INDICATORS_SHEET = "indikator";

    private ImportTemplates() {
    }

    /** The activity-log template of {@code sop}: one reference row per step, in step order. */
    public static void activities(Sop sop, OutputStream out) throws IOException {
        ImportTemplate template = new ImportTemplate(ACTIVITIES_SHEET, DataKind.ACTIVITIES);
        // a SOP run by one unit names it; otherwise the operator writes their own
        String unit = sop.units().size() == 1 ? sop.units().get(0) : null;
        for (SopStep step : sop.steps()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sop_code", sop.code());
            row.put("unit", unit);
            row.put("step_no", step.no());
            row.put("activity", step.activity());
            row.put("actor_role", step.executors().isEmpty() ? null : step.executors().get(0));
            template.referenceRow(row);
        }
        template.list("step_no", sop.steps().stream().map(s -> Integer.toString(s.no())).toList());
        List<String> roles = Stream.concat(sop.roleNames().stream(),
                sop.steps().stream().flatMap(s -> s.executors().stream())).distinct().toList();
        if (!roles.isEmpty()) {
            template.list("actor_role", roles);
        }
        template.list("decision", List.of("ya", "tidak"));
        // written into the file: Indonesian, with a summary line in English, as the file always said
        template.guide(List.of(
                Texts.id("ingest.template.activities.title", sop.code(), sop.name()),
                Texts.id("ingest.template.activities.how", ACTIVITIES_SHEET),
                Texts.id("ingest.template.activities.send"),
                Texts.en("ingest.template.activities.summary")));
        template.write(out);
    }

    /** The indicator-data template. */
    public static void indicators(OutputStream out) throws IOException {
        ImportTemplate template = new ImportTemplate(INDICATORS_SHEET, DataKind.INDICATORS);
        template.list("level", List.of("sasaran", "program", "kegiatan"));
        template.list("direction", List.of("higher-better", "lower-better"));
        // written into the file: Indonesian, with a summary line in English, as the file always said
        template.guide(List.of(
                Texts.id("ingest.template.indicators.title"),
                Texts.id("ingest.template.indicators.how", INDICATORS_SHEET),
                Texts.en("ingest.template.indicators.summary")));
        template.write(out);
    }
}

package id.patuh.ingest;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import id.patuh.cases.DataKind;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.IngestRecord;
import id.patuh.catalog.SopCatalog;

/**
 * Checks one source row against the interchange contract (interchange.md §1–3) and the SOP
 * catalog, and turns it into a record. A row is judged on its own: duplicates across rows are
 * for the writer to decide.
 */
final class RowValidator {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final Function<String, ZoneId> zoneOfUnit;
    private final IngestProperties limits;
    private final ActivityRows activities;

    /**
     * @param zoneOfUnit the time zone of a unit code, for timestamps sent without an offset
     *                   (e.g. {@code unit -> calendars.forUnit(unit).zone()})
     */
    public RowValidator(SopCatalog catalog, Function<String, ZoneId> zoneOfUnit, IngestProperties limits) {
        this.activities = new ActivityRows(Objects.requireNonNull(catalog, "catalog"));
        this.zoneOfUnit = Objects.requireNonNull(zoneOfUnit, "zoneOfUnit");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** After a catalog reload: answers remembered about the previous catalog no longer hold. */
    void catalogReloaded() {
        activities.forgetRoles();
    }

    /** The row's record when it is valid; otherwise every error of the row, each naming its field. */
    public ValidatedRow validate(DataKind kind, SourceRow row) {
        RowFields f = new RowFields(row, kind.idColumn());
        f.checkNamesAndLengths(limits.maxFieldLength());
        String unit = f.unit("unit");
        f.zone(unit == null ? DEFAULT_ZONE : zoneOfUnit.apply(unit));
        IngestRecord record = switch (kind) {
            case ACTIVITIES -> activities.read(f, unit);
            case INDICATORS -> indicator(f, unit);
            case REQUESTS -> request(f, unit);
        };
        return f.result(record);
    }

    private static IndicatorRecord indicator(RowFields f, String unit) {
        IndicatorRecord record = new IndicatorRecord(
                f.id("record_id", true),
                unit,
                f.id("indicator_code", true),
                f.text("indicator_name"),
                f.choice("level", List.of("sasaran", "program", "kegiatan"), null),
                f.period("period"),
                f.decimal("target_annual"),
                f.decimal("target_period"),
                f.decimal("realization"),
                f.choice("direction", List.of("higher-better", "lower-better"), "higher-better"),
                f.text("submitted_by"),
                f.instant("submitted_at", false),
                f.text("verified_by"),
                f.instant("verified_at", false),
                f.text("validated_by"),
                f.instant("validated_at", false));
        return f.hasErrors() ? null : record;
    }

    private static DataRequest request(RowFields f, String unit) {
        DataRequest request = new DataRequest(
                f.id("request_id", true),
                f.id("case_id", false),
                unit,
                f.id("indicator_code", true),
                f.period("period"),
                f.instant("due_at", true));
        return f.hasErrors() ? null : request;
    }
}

package id.patuh.ingest;

import java.util.List;
import java.util.Locale;

import id.patuh.cases.DataKind;

/** The columns of each kind of interchange file (interchange.md §1–3), in the contract's order. */
final class KindColumns {

    private KindColumns() {
    }

    /** A column name as matched: case-insensitive, surrounding spaces ignored. */
    static String columnName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a document store would read the name as an operator ({@code $where}) or a path
     * ({@code unit.tenant}); such a column is rejected, not merely ignored.
     */
    static boolean isOperatorLike(String name) {
        return name.startsWith("$") || name.contains(".");
    }

    /** An unknown column that is only ignored (operator-like ones are errors instead). */
    static boolean isIgnored(DataKind kind, String name) {
        return !name.isEmpty() && !known(kind).contains(name) && !isOperatorLike(name);
    }

    static List<String> required(DataKind kind) {
        return switch (kind) {
            case ACTIVITIES -> List.of("event_id", "sop_code", "case_id", "unit", "step_no", "actor_role",
                    "started_at");
            case INDICATORS -> List.of("record_id", "unit", "indicator_code", "period");
            case REQUESTS -> List.of("request_id", "unit", "indicator_code", "period", "due_at");
        };
    }

    /**
     * Every column the service reads. {@code activity} is an addition to the contract: the step's
     * text, which an XES log carries in {@code concept:name} instead of a step number.
     */
    static List<String> known(DataKind kind) {
        return switch (kind) {
            case ACTIVITIES -> List.of("event_id", "sop_code", "case_id", "unit", "step_no", "activity",
                    "actor_role", "actor_id", "started_at", "finished_at", "kelengkapan", "output", "decision");
            case INDICATORS -> List.of("record_id", "unit", "indicator_code", "indicator_name", "level", "period",
                    "target_annual", "target_period", "realization", "direction", "submitted_by", "submitted_at",
                    "verified_by", "verified_at", "validated_by", "validated_at");
            case REQUESTS -> List.of("request_id", "case_id", "unit", "indicator_code", "period", "due_at");
        };
    }
}

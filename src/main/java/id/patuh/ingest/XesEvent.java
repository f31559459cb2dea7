package id.patuh.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One {@code <event>} of an XES trace, its attributes already renamed to interchange columns. */
final class XesEvent {

    /** XES standard keys and the interchange column each one fills. */
    private static final Map<String, String> COLUMNS = Map.of(
            "concept:name", "activity",
            "org:role", "actor_role",
            "org:resource", "actor_id",
            "step_no", "step_no",
            "event_id", "event_id",
            "kelengkapan", "kelengkapan",
            "output", "output",
            "decision", "decision");

    private final long line;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String timestamp;
    private String transition;

    XesEvent(long line) {
        this.line = line;
    }

    void attribute(String key, String value) {
        if (key == null || value == null) {
            return;
        }
        switch (key) {
            case "time:timestamp" -> timestamp = value;
            case "lifecycle:transition" -> transition = value.strip().toLowerCase(Locale.ROOT);
            default -> {
                String column = COLUMNS.get(key);
                if (column != null) {
                    fields.put(column, value);
                }
            }
        }
    }

    long line() {
        return line;
    }

    Map<String, String> fields() {
        return fields;
    }

    String timestamp() {
        return timestamp;
    }

    /** The lifecycle transition; XES reads a missing one as {@code complete}. */
    String transition() {
        return transition == null ? "complete" : transition;
    }

    /** The step as the log names it, for messages. */
    String stepLabel() {
        String stepNo = fields.get("step_no");
        return stepNo != null && !stepNo.isBlank() ? stepNo.strip() : fields.getOrDefault("activity", "");
    }

    /** What pairs a start with its complete: the step number, else the activity text. */
    String stepKey() {
        String stepNo = fields.get("step_no");
        if (stepNo != null && !stepNo.isBlank()) {
            return "#" + stepNo.strip();
        }
        String activity = fields.getOrDefault("activity", "");
        return activity.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

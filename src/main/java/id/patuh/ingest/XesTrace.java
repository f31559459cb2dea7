package id.patuh.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.patuh.messages.Texts;

/**
 * The events of one XES trace, paired into steps: each {@code start} with the next
 * {@code complete} of the same step. A start still open when the trace ends is a running step.
 */
final class XesTrace {

    private static final Set<String> TRACE_KEYS = Set.of("sop_code", "unit");

    /** A step (a start, maybe with its complete) or an error, at the line of its first event. */
    private record Outcome(long line, XesEvent start, XesEvent complete, RowError error) {
    }

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Deque<XesEvent>> open = new HashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Set<String> ignoredTransitions = new HashSet<>();
    private final List<RowWarning> warnings;

    XesTrace(List<RowWarning> warnings) {
        this.warnings = warnings;
    }

    void attribute(String key, String value) {
        if (key == null || value == null) {
            return; // an attribute element without key or value says nothing, as in XesEvent
        }
        if ("concept:name".equals(key)) {
            attributes.put("case_id", value);
        } else if (TRACE_KEYS.contains(key)) {
            attributes.put(key, value);
        }
    }

    void add(XesEvent event) {
        switch (event.transition()) {
            case "start" -> open.computeIfAbsent(event.stepKey(), k -> new ArrayDeque<>()).add(event);
            case "complete" -> complete(event);
            default -> ignore(event);
        }
    }

    /** The trace's rows and errors in the order of their lines. */
    List<ReadResult> finish(XesIds ids) {
        open.values().forEach(starts -> starts.forEach(s -> outcomes.add(new Outcome(s.line(), s, null, null))));
        return outcomes.stream()
                .sorted(Comparator.comparingLong(Outcome::line))
                .<ReadResult>map(o -> o.error() != null ? o.error() : row(o, ids))
                .toList();
    }

    private void complete(XesEvent event) {
        Deque<XesEvent> starts = open.get(event.stepKey());
        if (starts == null || starts.isEmpty()) {
            String step = event.stepLabel();
            outcomes.add(new Outcome(event.line(), null, null, new RowError(event.line(),
                    RowText.idOrNull(event.fields().get("event_id")), "lifecycle:transition",
                    Texts.id("ingest.xes.complete-without-start", RowText.shown(step)),
                    Texts.en("ingest.xes.complete-without-start", RowText.shown(step)))));
            return;
        }
        XesEvent start = starts.poll();
        outcomes.add(new Outcome(start.line(), start, event, null));
    }

    private SourceRow row(Outcome step, XesIds ids) {
        Map<String, String> fields = new LinkedHashMap<>(step.start().fields());
        if (step.complete() != null) {
            // The start's values win: the row is the step as it began; the complete adds what
            // only the end knows (output, decision).
            step.complete().fields().forEach(fields::putIfAbsent);
        }
        attributes.forEach(fields::putIfAbsent);
        putIfPresent(fields, "started_at", step.start().timestamp());
        putIfPresent(fields, "finished_at", step.complete() == null ? null : step.complete().timestamp());
        if (!fields.containsKey("event_id")) {
            fields.put("event_id", ids.derive(step.line(), fields.get("case_id"), step.start().stepKey(),
                    step.start().timestamp()));
        }
        return new SourceRow(step.line(), fields);
    }

    private void ignore(XesEvent event) {
        if (ignoredTransitions.add(event.transition())) {
            String shown = RowText.shown(event.transition());
            warnings.add(new RowWarning(event.line(), null, "lifecycle:transition",
                    Texts.id("ingest.xes.transition-ignored", shown),
                    Texts.en("ingest.xes.transition-ignored", shown)));
        }
    }

    private static void putIfPresent(Map<String, String> fields, String column, String value) {
        if (value != null) {
            fields.put(column, value);
        }
    }

    /** Event ids for logs that carry none: stable, so the same log imported twice is a duplicate. */
    static final class XesIds {

        private final List<RowWarning> warnings;
        private boolean warned;

        XesIds(List<RowWarning> warnings) {
            this.warnings = warnings;
        }

        String derive(long line, String caseId, String stepKey, String startedAt) {
            String id = "xes-" + sha256(caseId + "\n" + stepKey + "\n" + startedAt).substring(0, 32);
            if (!warned) {
                warned = true;
                warnings.add(new RowWarning(line, id, "event_id",
                        Texts.id("ingest.xes.event-id-derived"), Texts.en("ingest.xes.event-id-derived")));
            }
            return id;
        }

        private static String sha256(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}

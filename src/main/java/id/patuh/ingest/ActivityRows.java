package id.patuh.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/** Validation of activity rows against the SOP catalog (interchange.md §1). */
final class ActivityRows {

    /** Role texts already looked up; bounded, as the texts come from outside. */
    private static final int MAX_CACHED_ROLES = 1024;

    private final SopCatalog catalog;
    /** Answers about the catalog serving when this map was made; replaced, not cleared, on reload. */
    private volatile Map<String, Boolean> knownRoles = new ConcurrentHashMap<>();

    ActivityRows(SopCatalog catalog) {
        this.catalog = catalog;
    }

    /** The event, or null when the row has errors (which {@code f} then holds). */
    ActivityEvent read(RowFields f, String unit) {
        String eventId = f.id("event_id", true);
        Sop sop = sop(f);
        String caseId = f.id("case_id", true);
        Integer stepNo = stepNo(f, sop);
        String actorRole = actorRole(f);
        Instant startedAt = f.instant("started_at", true);
        Instant finishedAt = f.instant("finished_at", false);
        if (startedAt != null && finishedAt != null && finishedAt.isBefore(startedAt)) {
            f.error("finished_at", f.text("finished_at"),
                    new Text("ingest.activity.finished-before-start", f.text("started_at")));
        }
        String decision = decision(f, sop, stepNo);
        if (f.hasErrors()) {
            return null;
        }
        return new ActivityEvent(eventId, sop.code(), caseId, unit, stepNo, actorRole, f.text("actor_id"),
                startedAt, finishedAt, kelengkapan(f.text("kelengkapan")), f.text("output"), decision);
    }

    private Sop sop(RowFields f) {
        String code = f.required("sop_code");
        if (code == null) {
            return null;
        }
        Optional<Sop> sop = catalog.find(code);
        if (sop.isEmpty()) {
            f.error("sop_code", code, new Text("ingest.activity.unknown-sop"));
        }
        return sop.orElse(null);
    }

    /** The step number as sent, or resolved from the step's activity text (XES concept:name). */
    private static Integer stepNo(RowFields f, Sop sop) {
        if (f.text("step_no") != null) {
            Integer no = f.positiveInteger("step_no");
            if (no != null && sop != null && sop.step(no).isEmpty()) {
                f.error("step_no", String.valueOf(no),
                        new Text("ingest.activity.no-such-step", sop.code(), sop.steps().size()));
                return null;
            }
            return no;
        }
        String activity = f.text("activity");
        if (activity == null) {
            f.required("step_no");
            return null;
        }
        if (sop == null) {
            return null;
        }
        Optional<SopStep> step = sop.steps().stream()
                .filter(s -> normalise(s.activity()).equals(normalise(activity))).findFirst();
        if (step.isEmpty()) {
            f.error("activity", activity, new Text("ingest.activity.no-such-activity", sop.code()));
        }
        return step.map(SopStep::no).orElse(null);
    }

    /** Any role is accepted (a wrong one is a finding later); one no SOP knows is worth a warning. */
    private String actorRole(RowFields f) {
        String role = f.required("actor_role");
        if (role != null && !isKnownRole(role)) {
            String shown = RowText.shown(role);
            f.warning("actor_role", Texts.id("ingest.activity.unknown-role", shown),
                    Texts.en("ingest.activity.unknown-role", shown));
        }
        return role;
    }

    /**
     * The catalog was reloaded (its swap happened before this call). A lookup that began before
     * still writes into the old map, which nobody reads again, so no stale answer survives.
     */
    void forgetRoles() {
        knownRoles = new ConcurrentHashMap<>();
    }

    /** Whether the title holds a role of any SOP of the catalog, as the evaluation resolves it. */
    private boolean isKnownRole(String role) {
        // the map first, then the catalog: a map made after a reload only ever holds answers of the new catalog
        Map<String, Boolean> cache = knownRoles;
        Boolean known = cache.get(role);
        if (known == null) {
            known = catalog.isKnownTitle(role);
            if (cache.size() < MAX_CACHED_ROLES) {
                cache.put(role, known);
            }
        }
        return known;
    }

    private static String decision(RowFields f, Sop sop, Integer stepNo) {
        String decision = f.choice("decision", List.of("ya", "tidak"), null);
        if (decision == null || sop == null || stepNo == null) {
            return decision;
        }
        boolean decisionStep = sop.step(stepNo).map(SopStep::isDecision).orElse(false);
        if (!decisionStep) {
            f.error("decision", decision, new Text("ingest.activity.not-a-decision", stepNo, sop.code()));
            return null;
        }
        return decision;
    }

    static List<String> kelengkapan(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

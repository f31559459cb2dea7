package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/**
 * The follow-up steps. Each is a compare-and-set on the current status, so two people acting at
 * once cannot overwrite each other: the second gets a conflict. Every step is kept three times:
 * in the finding's history, in its follow-up's riwayat (once it is an audit item) and in the
 * append-only audit trail.
 */
final class FindingLifecycle {

    /**
     * The inspektorat's calendar date decides "past the due date". Units in WITA/WIT thereby get a
     * few hours more on the last day, never less.
     */
    static final ZoneId AUDIT_ZONE = ZoneId.of("Asia/Jakarta");
    static final int MAX_NOTE = 2000;

    private final FindingStore store;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FindingAge age;

    FindingLifecycle(FindingStore store, AuditTrail auditTrail, Clock clock, FindingAge age,
            ApplicationEventPublisher events) {
        this.events = events;
        this.age = age;
        this.store = store;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AUDIT_ZONE);
    }

    /**
     * One step on one finding.
     *
     * @param recommendation only for {@link FollowUpStep#REKOMENDASI}, with the shared id of the batch
     * @param bukti          evidence ids the unit attaches to its report (empty otherwise)
     */
    FindingView apply(String id, FollowUpStep step, String actor, String note, List<String> bukti,
            Recommendation recommendation, String rekomendasiId, TenantScope scope) {
        requireText(actor, "actor", new Text("findings.required.actor"), 200);
        if (step != FollowUpStep.REKOMENDASI) {
            requireText(note, "note", noteMissing(step), MAX_NOTE);
        }
        Document current = visible(id, scope);
        FindingStatus from = FindingStatus.fromLabel(current.getString("status"));
        if (!step.allowedFrom(from)) {
            throw notAllowed(step, from);
        }
        FindingStatus to = step.target(from);
        Instant now = clock.instant();
        String text = step == FollowUpStep.REKOMENDASI ? recommendation.rekomendasi().strip() : note.strip();
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("status", to.label()),
                Updates.set("status_reason", text), Updates.set("updated_at", Date.from(now)),
                Updates.push("history", FindingDocuments.historyEntry(now, actor.strip(), from, to, text))));
        if (step == FollowUpStep.REKOMENDASI) {
            updates.add(Updates.set("tindak_lanjut.rekomendasi_id", rekomendasiId));
            updates.add(Updates.set("tindak_lanjut.rekomendasi", recommendation.rekomendasi().strip()));
            updates.add(Updates.set("tindak_lanjut.penanggung_jawab", recommendation.penanggungJawab().strip()));
            updates.add(Updates.set("tindak_lanjut.batas_waktu", recommendation.batasWaktu().toString()));
            updates.add(Updates.set("tindak_lanjut.sebab", recommendation.sebab() == null || recommendation.sebab()
                    .isBlank() ? null : recommendation.sebab().strip()));
        }
        if (step == FollowUpStep.REKOMENDASI || current.get("tindak_lanjut") != null) {
            updates.add(Updates.push("tindak_lanjut.riwayat", FindingDocuments.followUpEntry(now, actor.strip(),
                    step.path(), text, bukti == null ? List.of() : List.copyOf(bukti))));
        }
        Document updated = store.findings().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", from.label())), Updates.combine(updates),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw new FindingTransitionException(Refusal.CONFLICT, new Text("findings.refused.changed"));
        }
        String tenant = updated.getString("tenant");
        auditTrail.record(List.of(AuditTrail.entry(now, actor.strip(), "finding.status", id, from, to, text, tenant)));
        events.publishEvent(new FindingStatusChanged(id, from, to, actor.strip(), text, tenant));
        return FindingDocuments.view(updated, today(), age);
    }

    /** The finding, when the caller may see it; otherwise it does not exist for them. */
    Document visible(String id, TenantScope scope) {
        Document current = store.findings().find(Filters.eq("_id", id)).first();
        if (current == null || !scope.allows(current.getString("tenant"))) {
            throw FindingTransitionException.notFound(id);
        }
        return current;
    }

    static FindingTransitionException notAllowed(FollowUpStep step, FindingStatus from) {
        return new FindingTransitionException(Refusal.CONFLICT,
                new Text("findings.refused.stepNotAllowed", step.path(), from.label(), step.fromLabels()));
    }

    /** The refusal of a step without its note: says what the note is for. */
    private static Text noteMissing(FollowUpStep step) {
        return switch (step) {
            case TINDAK_LANJUT -> new Text("findings.required.note.tindakLanjut");
            case TIDAK_DAPAT_DITINDAKLANJUTI -> new Text("findings.required.note.tidakDapatDitindaklanjuti");
            case PENGECUALIAN -> new Text("findings.required.note.pengecualian");
            case BUKA -> new Text("findings.required.note.buka");
            default -> new Text("findings.required.note.penilaian");
        };
    }

    /**
     * @param missing the refusal when {@code value} is empty: names the field and what it is for
     */
    static void requireText(String value, String field, Text missing, int max) {
        if (value == null || value.isBlank()) {
            throw new FindingTransitionException(Refusal.INVALID, missing);
        }
        if (value.length() > max) {
            throw new FindingTransitionException(Refusal.INVALID, new Text("findings.refused.tooLong", field, max));
        }
    }
}

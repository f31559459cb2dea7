package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.http.HttpStatus;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import id.patuh.security.TenantScope;

/**
 * The inspektorat's status changes. Each is a compare-and-set on the current status, so two
 * auditors acting at once cannot overwrite each other: the second gets a conflict.
 */
final class FindingLifecycle {

    private final FindingStore store;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    FindingLifecycle(FindingStore store, AuditTrail auditTrail, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    FindingView change(String id, FindingStatus to, String actor, String note, TenantScope scope) {
        requireText(actor, "actor", "siapa yang mengubah / who makes the change");
        requireText(note, "note", to == FindingStatus.DIKECUALIKAN
                ? "justifikasi pengecualian / the justification of the exception"
                : "catatan tindak lanjut / what was done");
        Document current = store.findings().find(Filters.eq("_id", id)).first();
        if (current == null || !scope.allows(current.getString("tenant"))) {
            throw new FindingTransitionException(HttpStatus.NOT_FOUND, "Temuan " + id + " tidak ada / no finding " + id);
        }
        FindingStatus from = FindingStatus.fromLabel(current.getString("status"));
        if (!from.allowedNext().contains(to)) {
            throw new FindingTransitionException(HttpStatus.CONFLICT, "Status " + from.label() + " tidak dapat diubah ke "
                    + to.label() + "; yang boleh: " + from.allowedNext() + " / not allowed from " + from.label());
        }
        Instant now = clock.instant();
        Document updated = store.findings().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", from.label())),
                Updates.combine(Updates.set("status", to.label()), Updates.set("status_reason", note.strip()),
                        Updates.set("auto_closed", false), Updates.set("updated_at", Date.from(now)),
                        Updates.push("history", FindingDocuments.historyEntry(now, actor.strip(), from, to, note.strip()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw new FindingTransitionException(HttpStatus.CONFLICT,
                    "Temuan baru saja diubah orang lain; muat ulang / the finding was just changed by someone else");
        }
        auditTrail.record(List.of(AuditTrail.entry(now, actor.strip(), "finding.status", id, from, to, note.strip(),
                updated.getString("tenant"))));
        events.publishEvent(new FindingStatusChanged(id, from, to, actor.strip(), note.strip(),
                updated.getString("tenant")));
        return FindingDocuments.view(updated);
    }

    private static void requireText(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new FindingTransitionException(HttpStatus.BAD_REQUEST, field + " wajib diisi: " + what
                    + " / " + field + " is required");
        }
    }
}

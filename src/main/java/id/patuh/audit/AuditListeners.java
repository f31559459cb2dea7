package id.patuh.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import id.patuh.catalog.CatalogReloaded;
import id.patuh.catalog.CatalogService;
import id.patuh.evaluation.RulesReloaded;
import id.patuh.findings.FindingStatusChanged;
import id.patuh.ingest.IngestCompleted;
import id.patuh.security.CallerScope;

/** Turns the events of the other features into audit entries. */
@Component
class AuditListeners {

    private final SecurityAuditLog log;

    AuditListeners(SecurityAuditLog log) {
        this.log = log;
    }

    @EventListener
    void failedSignIn(AuthenticationFailureBadCredentialsEvent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            detail.put("address", web.getRemoteAddress());
        }
        log.record(String.valueOf(event.getAuthentication().getName()), "login.failed", null, detail);
    }

    @EventListener
    void imported(IngestCompleted event) {
        var report = event.report();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", report.kind());
        detail.put("source", report.source());
        detail.put("accepted", report.accepted());
        detail.put("updated", report.updated());
        detail.put("duplicates", report.duplicates());
        detail.put("rejected", report.rejected());
        detail.put("status", event.status().label());
        log.record(CallerScope.currentName(), "import", null, detail);
    }

    @EventListener
    void findingStatus(FindingStatusChanged event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("finding_id", event.findingId());
        detail.put("from", event.from().label());
        detail.put("to", event.to().label());
        detail.put("note", event.note());
        log.record(event.actor(), "finding.status", event.tenant(), detail);
    }

    @EventListener
    void rulesReloaded(RulesReloaded event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ok", event.ok());
        detail.put("version", event.version());
        detail.put("message", event.message());
        log.record(CallerScope.currentName(), "rules.reload", null, detail);
    }

    @EventListener
    void catalogReloaded(CatalogReloaded event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ok", event.ok());
        detail.put("origin", event.origin());
        detail.put("sops", event.sops());
        detail.put("message", event.message());
        log.record(CallerScope.currentName(), "catalog.reload", null, detail);
    }

    /** The catalog read at start: its origin and size are the "change" worth logging. */
    @EventListener(ApplicationReadyEvent.class)
    void catalogLoaded(ApplicationReadyEvent ready) {
        CatalogService catalog = ready.getApplicationContext().getBean(CatalogService.class);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("origin", catalog.catalog().origin());
        detail.put("sops", catalog.sops().size());
        log.record(CallerScope.SYSTEM, "catalog.loaded", null, detail);
    }
}

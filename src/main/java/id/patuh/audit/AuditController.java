package id.patuh.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.security.CallerScope;

/** {@code GET /api/admin/audit}: the security audit log, newest first (ADMIN, INSPEKTORAT). */
@RestController
class AuditController {

    private final SecurityAuditLog log;

    AuditController(SecurityAuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/audit")
    List<AuditEntry> recent(@RequestParam(required = false) String action,
            @RequestParam(defaultValue = "100") int limit) {
        return log.recent(CallerScope.current(), action, limit);
    }
}

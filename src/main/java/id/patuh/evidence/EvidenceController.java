package id.patuh.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.security.CallerScope;

/**
 * {@code /api/evidence}: upload a file for an event, an indicator record or a finding; list a
 * target's files; read one back. Everything is scoped to the caller's tenants: another
 * tenant's evidence does not exist for them (404).
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence> upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String target, @RequestParam(name = "target_id", required = false)
            String targetId, @RequestParam(required = false) String unit) {
        if (file == null) {
            throw new EvidenceRefused(Refusal.INVALID, new Text("evidence.file.part-required"));
        }
        Evidence stored = evidence.store(unit, target(target), targetId, file.getOriginalFilename(), file.getSize(),
                file, CallerScope.current(), CallerScope.currentName());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping
    List<Evidence> list(@RequestParam(required = false) String target,
            @RequestParam(name = "target_id", required = false) String targetId,
            @RequestParam(required = false) String tenant) {
        if (targetId == null || tenant == null) {
            throw new EvidenceRefused(Refusal.INVALID, new Text("evidence.list.parameters-required"));
        }
        return evidence.list(tenant, target(target), targetId, CallerScope.current());
    }

    @GetMapping("/{id}")
    Evidence one(@PathVariable String id) {
        return evidence.find(id, CallerScope.current()).orElseThrow(EvidenceRefused::notFound);
    }

    /** The file itself: always a download, never rendered, typed as detected when it was stored. */
    @GetMapping("/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable String id) throws IOException {
        Evidence found = evidence.find(id, CallerScope.current()).orElseThrow(EvidenceRefused::notFound);
        InputStream body = evidence.open(found);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.mediaType()))
                .contentLength(found.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Evidence-SHA256", found.sha256())
                .body(new InputStreamResource(body));
    }

    private static EvidenceTarget target(String target) {
        return EvidenceTarget.of(target).orElseThrow(() -> new EvidenceRefused(Refusal.INVALID,
                new Text("evidence.target.invalid")));
    }
}

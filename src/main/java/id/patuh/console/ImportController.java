package id.patuh.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import id.patuh.ingest.IngestInterrupted;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.RefusedRows;
import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The upload page: an operator sends a file as the ingest API would receive it, reads the
 * report at once, and downloads the refused rows as a CSV to fix and send again.
 */
@Controller
@RequestMapping("/console/import")
class ImportController {

    /** The import's {@code source} in the import history; the id links it to its refused rows. */
    static final String SOURCE_PREFIX = "/console/import/";
    private static final int RECENT = 10;

    private final IngestService ingest;
    private final ImportRefusedStore refused;

    ImportController(IngestService ingest, ImportRefusedStore refused) {
        this.ingest = ingest;
        this.refused = refused;
    }

    /**
     * The form; with {@code hasil}, also the result of that upload (where the upload redirects,
     * so that refreshing the page shows the result again instead of sending the file again).
     */
    @GetMapping
    String form(@RequestParam(name = "terlalu-besar", required = false) String tooLarge,
            @RequestParam(name = "hasil", required = false) String resultId, Model model) {
        if (tooLarge != null) {
            model.addAttribute("problem", new ImportResult.Problem(Texts.current("console.import.tooLarge",
                    ingest.limits().maxRequestSize().toMegabytes())));
        }
        String kind = "kegiatan";
        if (resultId != null) {
            Optional<ImportResult> result = result(resultId);
            if (result.isPresent()) {
                model.addAttribute("result", result.get());
                kind = ImportUpload.label(result.get().report().kind());
            } else {
                model.addAttribute("problem", new ImportResult.Problem(Texts.current("console.import.notFound")));
            }
        }
        return page(model, kind);
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) {
        ImportUpload upload;
        try {
            upload = ImportUpload.of(kind, file, ingest.limits().maxRequestSize().toBytes());
        } catch (ImportUpload.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", new ImportResult.Problem(e.getMessage()));
            return page(model, kind);
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        TenantScope scope = CallerScope.current();
        try (InputStream body = file.getInputStream()) {
            IngestReport report = ingest.ingestRequest(upload.kind(), upload.format(), body, SOURCE_PREFIX + id, scope);
            keep(id, upload, file, report, scope);
            return "redirect:/console/import?hasil=" + id;
        } catch (IngestInterrupted e) {
            // the store is gone: nothing more can be kept, the page says what was stored
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("result", ImportResult.of(null, e.stored(), e.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page(model, ImportUpload.label(upload.kind().name()));
    }

    /** An upload's result as kept: only for the uploader and callers of the same tenants. */
    private Optional<ImportResult> result(String id) {
        return visible(id).flatMap(file -> ingest.findImport(SOURCE_PREFIX + file.id())
                .map(record -> ImportResult.of(file, record.report(), null)));
    }

    private Optional<ImportedFile> visible(String id) {
        return (id.matches("[0-9a-f]{32}") ? refused.find(id) : Optional.<ImportedFile>empty())
                .filter(f -> f.visibleTo(CallerScope.current(), CallerScope.currentName()));
    }

    /** The refused rows of one upload; only for the uploader and callers of the same tenants. */
    @GetMapping("/{id}/ditolak.csv")
    void refusedRows(@PathVariable String id, HttpServletResponse response) throws IOException {
        ImportedFile file = visible(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ImportResult.refusedFileName(file), StandardCharsets.UTF_8).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ImportRefusedCsv.write(file, refused, out);
        out.flush();
    }

    /**
     * Reads the refused rows again from the upload (the multipart part: in memory when small,
     * else a temporary file that lives as long as the request) and keeps them with the upload.
     */
    private void keep(String id, ImportUpload upload, MultipartFile file, IngestReport report,
            TenantScope scope) {
        RefusedRows.Table table = report.rejected() == 0 ? new RefusedRows.Table(List.of(), List.of(), false)
                : RefusedRows.read(upload.kind(), upload.format(), file, report.errors(), ingest.limits());
        ImportedFile kept = new ImportedFile(id, CallerScope.currentName(), scope.all(),
                scope.tenants().stream().sorted().toList(), Instant.now(), upload.kind().name(),
                upload.format().name(), upload.fileName(), table.header(), table.rows().size(),
                table.truncated() || report.errorsTruncated(), 0);
        refused.save(kept, table);
    }

    private String page(Model model, String kind) {
        model.addAttribute("kinds", ImportUpload.choices());
        model.addAttribute("chosenKind", kind == null ? "kegiatan" : kind);
        model.addAttribute("maxMegabytes", ingest.limits().maxRequestSize().toMegabytes());
        model.addAttribute("recent", ImportResult.recent(ingest.recentImports(CallerScope.current(), RECENT),
                refused));
        return "console/import";
    }
}

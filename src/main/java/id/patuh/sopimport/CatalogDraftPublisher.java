package id.patuh.sopimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogProperties;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.messages.Text;

/**
 * The console's side of the import: reads an uploaded document into drafts, and saves a checked
 * draft as a new SOP of the running catalog, or as a new version of an SOP it already has
 * ({@code <code>@<tanggal_efektif>.yaml}, the catalog's naming of versions). The whole catalog
 * with the new file is validated first, in a scratch copy; only then is the file moved in
 * (atomically) and the catalog reloaded, so the running catalog is never replaced by one that
 * does not load.
 */
@Service
@NamedInterface("api")
public class CatalogDraftPublisher {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The draft's own tanggal_efektif, quoted or not; only to name the version's file (validation reads it properly). */
    private static final Pattern TANGGAL_EFEKTIF = Pattern.compile(
            "^tanggal_efektif:\\s*[\"']?(\\d{4}(?:-\\d{2}){0,2})[\"']?\\s*(?:#.*)?$", Pattern.MULTILINE);

    /** Where a draft went: its file, and the version date when it is a new version of a known code. */
    public record Saved(String file, String version) {
    }

    private final CatalogProperties catalog;
    private final CatalogService catalogService;
    private final SopImportService importer;

    public CatalogDraftPublisher(CatalogProperties catalog, CatalogService catalogService, SopImportProperties limits) {
        this.catalog = catalog;
        this.catalogService = catalogService;
        this.importer = new SopImportService(limits);
    }

    public List<ImportedSop> read(String fileName, byte[] content) {
        return importer.read(fileName, content);
    }

    /**
     * Saves {@code yaml} as {@code <code>.yaml} in the catalog folder, or, when the catalog already
     * has that code, as its new version {@code <code>@<tanggal_efektif>.yaml}; then reloads the catalog.
     */
    public synchronized Saved save(String code, String yaml) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new SopImportException(new Text("sopimport.save.code-invalid", code));
        }
        Path dir = catalog.dir();
        if (!Files.isDirectory(dir)) {
            throw new SopImportException(new Text("sopimport.save.packaged-catalog"));
        }
        String version = null;
        Path target = dir.resolve(code + ".yaml");
        if (catalogService.find(code).isPresent() || Files.exists(target)) {
            version = versionDate(code, yaml);
            target = dir.resolve(code + "@" + version + ".yaml");
            if (Files.exists(target)) {
                throw new SopImportException(new Text("sopimport.save.version-exists", code, version));
            }
        }
        String fileName = target.getFileName().toString();
        validateWith(dir, fileName, yaml);
        try {
            Path temporary = Files.createTempFile(dir, "." + code, ".tmp");
            Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("SOP tidak dapat disimpan / cannot save the SOP", e);
        }
        try {
            catalogService.reload();
        } catch (CatalogValidationException e) {
            // someone edited the folder meanwhile: take the new file out again, the old catalog keeps serving
            deleteQuietly(target);
            throw new SopImportException(new Text("sopimport.save.reload-failed", e.getMessage()), e);
        }
        return new Saved(fileName, version);
    }

    /** A new version needs its own tanggal_efektif: that date is what tells the versions apart. */
    private static String versionDate(String code, String yaml) {
        var date = TANGGAL_EFEKTIF.matcher(yaml);
        if (!date.find()) {
            throw new SopImportException(new Text("sopimport.save.version-date-missing", code));
        }
        return date.group(1);
    }

    private static void validateWith(Path dir, String fileName, String yaml) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("patuh-catalog-check");
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, scratch.resolve(file.getFileName()));
                }
            }
            Files.writeString(scratch.resolve(fileName), yaml, StandardCharsets.UTF_8);
            CatalogService.readDirectory(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogValidationException e) {
            throw new SopImportException(new Text("sopimport.save.invalid", e.getMessage()), e);
        } finally {
            SopImportService.deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the reload failed already; a leftover file is reported by the next reload
        }
    }
}

package id.patuh.sopimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogLoader;
import id.patuh.catalog.CatalogProperties;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.CatalogValidationException;

/**
 * The console's side of the import: reads an uploaded document into drafts, and saves a checked
 * draft as a NEW SOP of the running catalog. The whole catalog with the new file is validated
 * first, in a scratch copy; only then is the file moved in (atomically) and the catalog
 * reloaded, so the running catalog is never replaced by one that does not load. A draft for a
 * code the catalog already has is refused: saving a new version waits for SOP versions.
 */
@Service
public class CatalogDraftPublisher {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    /** Saves {@code yaml} as {@code <code>.yaml} in the catalog folder and reloads the catalog. */
    public synchronized void saveNew(String code, String yaml) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new SopImportException("kode \"" + code + "\" tidak valid (huruf kecil, angka, tanda hubung)",
                    "invalid code (lower-case letters, digits, hyphens)");
        }
        Path dir = catalog.dir();
        if (!Files.isDirectory(dir)) {
            throw new SopImportException("katalog berjalan dari salinan bawaan aplikasi; atur patuh.catalog.dir ke folder",
                    "the catalog runs from the packaged copy; set patuh.catalog.dir to a folder");
        }
        Path target = dir.resolve(code + ".yaml");
        if (catalogService.find(code).isPresent() || Files.exists(target)) {
            throw new SopImportException("kode " + code + " sudah ada di katalog; menyimpan sebagai versi baru belum "
                    + "tersedia", "code " + code + " is already in the catalog; saving as a new version is not available yet");
        }
        validateWith(dir, code, yaml);
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
            throw new SopImportException("katalog tidak dapat dimuat ulang: " + e.getMessage(),
                    "the catalog cannot be reloaded", e);
        }
    }

    private static void validateWith(Path dir, String code, String yaml) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("patuh-catalog-check");
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, scratch.resolve(file.getFileName()));
                }
            }
            Files.writeString(scratch.resolve(code + ".yaml"), yaml, StandardCharsets.UTF_8);
            new CatalogLoader().loadDirectory(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogValidationException e) {
            throw new SopImportException("draf tidak lolos validasi katalog: " + e.getMessage(),
                    "the draft fails catalog validation", e);
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

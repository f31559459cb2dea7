package id.patuh.sopimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.messages.Text;

/**
 * Imports SOP AP documents as catalog drafts. Each draft is checked with the catalog's own
 * loader before it is written, so that what lands in the folder loads as a catalog — with its
 * doubts marked, for a person to check.
 */
@NamedInterface("api")
public final class SopImportService {

    private final SopImportProperties limits;
    private final DocumentReaders readers;

    public SopImportService(SopImportProperties limits) {
        this.limits = limits;
        this.readers = new DocumentReaders(limits);
    }

    /** Reads one document into its drafts (one per procedure table), writing nothing. */
    public List<ImportedSop> read(String fileName, byte[] content) {
        SourceDocument document = readers.read(fileName, content);
        return new DocumentImporter(limits).drafts(document).stream()
                .map(d -> new ImportedSop(d.code(), d.source(), d.table().steps().size(), DraftYaml.write(d), d.doubts()))
                .toList();
    }

    /**
     * Imports {@code files} and writes their drafts into {@code outDir}, after checking they
     * load. A document that cannot be imported is reported in the result; the others still are.
     */
    public ImportReport importFiles(List<Path> files, Path outDir) {
        List<ImportedSop> drafts = new ArrayList<>();
        List<ImportReport.FileError> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                drafts.addAll(read(file.getFileName().toString(), readBounded(file)));
            } catch (SopImportException e) {
                // one bad document must not stop a folder of good ones
                errors.add(new ImportReport.FileError(file.toString(), e.getMessage()));
            }
        }
        if (drafts.isEmpty()) {
            return new ImportReport(drafts, List.of(), errors);
        }
        drafts = DraftNames.unique(drafts, outDir);
        validate(drafts);
        try {
            Files.createDirectories(outDir);
            List<String> written = new ArrayList<>();
            for (ImportedSop draft : drafts) {
                Path target = outDir.resolve(draft.code() + ".yaml");
                Files.writeString(target, draft.yaml(), StandardCharsets.UTF_8);
                written.add(target.toString());
            }
            return new ImportReport(drafts, written, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder draf tidak dapat ditulis / cannot write the draft folder " + outDir, e);
        }
    }

    /** The drafts load with the catalog's loader, all together, or nothing is written. */
    static void validate(List<ImportedSop> drafts) {
        Path check = null;
        try {
            check = Files.createTempDirectory("patuh-sop-import");
            for (ImportedSop draft : drafts) {
                Files.writeString(check.resolve(draft.code() + ".yaml"), draft.yaml(), StandardCharsets.UTF_8);
            }
            CatalogService.readDirectory(check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogValidationException e) {
            throw new SopImportException(new Text("sopimport.import.drafts-invalid", e.getMessage()), e);
        } finally {
            deleteQuietly(check);
        }
    }

    private byte[] readBounded(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileSize().toBytes()) {
                throw new SopImportException(new Text("sopimport.import.file-too-large",
                        file.getFileName().toString(), size, limits.maxFileSize().toString()));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SopImportException(new Text("sopimport.import.file-unreadable", file.toString()), e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the import result does not depend on it
        }
    }
}

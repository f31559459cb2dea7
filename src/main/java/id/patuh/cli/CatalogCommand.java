package id.patuh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.catalog.SopCatalog;
import id.patuh.sopimport.ImportReport;
import id.patuh.sopimport.SopImportProperties;
import id.patuh.sopimport.SopImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code catalog export}, {@code catalog check} and {@code catalog import}: no database needed. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Katalog SOP: ekspor, periksa, impor dokumen / SOP catalog: export, check, import documents.")
class CatalogCommand {

    static final int INVALID_CATALOG = 1;
    /** Some document gave no draft (no procedure table, unreadable, over a limit). */
    static final int IMPORT_FAILED = 2;

    @Spec
    CommandSpec spec;

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Cetak katalog sebagai JSON (interchange §6) ke stdout / print the catalog as JSON.")
    int export(@Option(names = "--catalog", paramLabel = "DIR", defaultValue = "sop-catalog",
            description = "Folder katalog; bila tidak ada, katalog bawaan / catalog folder (default: ${DEFAULT-VALUE}, "
                    + "else the packaged one)") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = CatalogService.readDirectoryOrPackaged(dir);
            spec.commandLine().getOut().println(CatalogService.exportJson(catalog));
            return 0;
        });
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Periksa folder katalog; keluar bukan-nol bila ada masalah / validate a catalog folder.")
    int check(@Parameters(paramLabel = "DIR", defaultValue = "sop-catalog") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = CatalogService.readDirectory(dir);
            int steps = catalog.sops().stream().mapToInt(s -> s.steps().size()).sum();
            catalog.warnings().forEach(w -> spec.commandLine().getOut().println("peringatan / warning: " + w));
            spec.commandLine().getOut().printf("Katalog valid: %d SOP, %d langkah / catalog is valid: %d SOPs, %d steps%n",
                    catalog.size(), steps, catalog.size(), steps);
            return 0;
        });
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Impor dokumen SOP AP (teks OCR, PDF, DOCX, XLSX) menjadi draf YAML katalog; laporan JSON "
                    + "dengan daftar keraguan di stdout / import SOP AP documents as catalog YAML drafts; JSON report "
                    + "with the doubts on stdout.")
    int importDocuments(@Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files,
            @Option(names = "--out", paramLabel = "DIR", required = true,
                    description = "Folder draf / folder for the drafts") Path out,
            @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "50",
                    description = "Halaman PDF paling banyak / most PDF pages read (default: ${DEFAULT-VALUE})") int pages,
            @Option(names = "--max-steps", paramLabel = "N", defaultValue = "500",
                    description = "Langkah per tabel paling banyak / most steps per table (default: ${DEFAULT-VALUE})")
            int steps) {
        return withCatalog(() -> {
            SopImportProperties limits = SopImportProperties.defaults().withMaxPdfPages(pages).withMaxSteps(steps);
            ImportReport report = new SopImportService(limits).importFiles(files, out);
            spec.commandLine().getOut().println(ImportJson.write(report));
            // the message names the file already
            report.errors().forEach(e -> spec.commandLine().getErr().println(e.message()));
            return report.errors().isEmpty() ? 0 : IMPORT_FAILED;
        });
    }

    private int withCatalog(Callable<Integer> action) {
        try {
            return action.call();
        } catch (CatalogValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return INVALID_CATALOG;
        } catch (Exception e) {
            spec.commandLine().getErr().println("Gagal / failed: " + e.getMessage());
            return INVALID_CATALOG;
        }
    }
}

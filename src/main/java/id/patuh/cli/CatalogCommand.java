package id.patuh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import id.patuh.catalog.CatalogExport;
import id.patuh.catalog.CatalogLoader;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.catalog.SopCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code catalog export} and {@code catalog check}: no database needed. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Katalog SOP: ekspor dan periksa / SOP catalog: export and check.")
class CatalogCommand {

    static final int INVALID_CATALOG = 1;

    @Spec
    CommandSpec spec;

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Cetak katalog sebagai JSON (interchange §6) ke stdout / print the catalog as JSON.")
    int export(@Option(names = "--catalog", paramLabel = "DIR", defaultValue = "sop-catalog",
            description = "Folder katalog; bila tidak ada, katalog bawaan / catalog folder (default: ${DEFAULT-VALUE}, "
                    + "else the packaged one)") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = new CatalogLoader().loadDirectoryOrPackaged(dir);
            spec.commandLine().getOut().println(new CatalogExport().toJson(catalog));
            return 0;
        });
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Periksa folder katalog; keluar bukan-nol bila ada masalah / validate a catalog folder.")
    int check(@Parameters(paramLabel = "DIR", defaultValue = "sop-catalog") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = new CatalogLoader().loadDirectory(dir);
            int steps = catalog.sops().stream().mapToInt(s -> s.steps().size()).sum();
            catalog.warnings().forEach(w -> spec.commandLine().getOut().println("peringatan / warning: " + w));
            spec.commandLine().getOut().printf("Katalog valid: %d SOP, %d langkah / catalog is valid: %d SOPs, %d steps%n",
                    catalog.size(), steps, catalog.size(), steps);
            return 0;
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

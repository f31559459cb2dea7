package id.patuh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.catalog.SopCatalog;
import id.patuh.messages.Texts;
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
        description = "${bundle:cli.help.catalog}")
class CatalogCommand {

    static final int INVALID_CATALOG = 1;
    /** Some document gave no draft (no procedure table, unreadable, over a limit). */
    static final int IMPORT_FAILED = 2;

    @Spec
    CommandSpec spec;

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "${bundle:cli.help.catalog.export}")
    int export(@Option(names = "--catalog", paramLabel = "DIR", defaultValue = "sop-catalog",
            description = "${bundle:cli.help.catalog.export.catalog}") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = CatalogService.readDirectoryOrPackaged(dir);
            spec.commandLine().getOut().println(CatalogService.exportJson(catalog));
            return 0;
        });
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "${bundle:cli.help.catalog.check}")
    int check(@Parameters(paramLabel = "DIR", defaultValue = "sop-catalog") Path dir) {
        return withCatalog(() -> {
            SopCatalog catalog = CatalogService.readDirectory(dir);
            int steps = catalog.sops().stream().mapToInt(s -> s.steps().size()).sum();
            String warning = Texts.both("cli.catalog.warning") + ": ";
            catalog.warnings().forEach(w -> spec.commandLine().getOut().println(warning + w));
            spec.commandLine().getOut().println(Texts.both("cli.catalog.valid", catalog.size(), steps));
            return 0;
        });
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "${bundle:cli.help.catalog.import}")
    int importDocuments(@Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files,
            @Option(names = "--out", paramLabel = "DIR", required = true,
                    description = "${bundle:cli.help.catalog.import.out}") Path out,
            @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "50",
                    description = "${bundle:cli.help.catalog.import.max-pdf-pages}") int pages,
            @Option(names = "--max-steps", paramLabel = "N", defaultValue = "500",
                    description = "${bundle:cli.help.catalog.import.max-steps}")
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
            spec.commandLine().getErr().println(Texts.both("cli.failed") + ": " + e.getMessage());
            return INVALID_CATALOG;
        }
    }
}

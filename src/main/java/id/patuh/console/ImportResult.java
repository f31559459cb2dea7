package id.patuh.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.patuh.ingest.ImportRecord;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.RowError;

/**
 * What the upload page shows after an upload: the import's report, its row errors (the first
 * {@link #SHOWN_ERRORS}; the CSV has them all) and where to download the refused rows.
 *
 * @param file        the upload as kept; null when the store went away during the import
 * @param interrupted why the import stopped early because of the store, else null
 */
record ImportResult(ImportedFile file, IngestReport report, String interrupted) {

    static final int SHOWN_ERRORS = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    /** A message for the operator, in the page's language. */
    record Problem(String message) {
    }

    /** One past import in the operator's list. */
    record Listing(String when, String actor, String kind, String name, IngestReport report, String refusedHref) {
    }

    static ImportResult of(ImportedFile file, IngestReport report, String interrupted) {
        return new ImportResult(file, report, interrupted);
    }

    public String kindLabel() {
        return ImportUpload.kindText(ImportUpload.label(report.kind()));
    }

    public List<RowError> shownErrors() {
        return report.errors().size() <= SHOWN_ERRORS ? report.errors() : report.errors().subList(0, SHOWN_ERRORS);
    }

    /** The download link, when refused rows were kept. */
    public String refusedHref() {
        return file == null || file.rows() == 0 ? null : href(file);
    }

    static String refusedFileName(ImportedFile file) {
        String name = file.fileName().replaceAll("\\.[A-Za-z0-9]+$", "");
        return (name.isBlank() ? "unggahan" : name) + "-ditolak.csv";
    }

    /** The caller's recent imports; console uploads name their file and link their refused rows. */
    static List<Listing> recent(List<ImportRecord> records, ImportRefusedStore store) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> consoleId(r.report()).ifPresent(ids::add));
        Map<String, ImportedFile> files = store.findAll(ids);
        List<Listing> listings = new ArrayList<>();
        for (ImportRecord record : records) {
            ImportedFile file = consoleId(record.report()).map(files::get).orElse(null);
            String name = file == null ? record.report().source() : file.fileName();
            String href = file == null || file.rows() == 0 ? null : href(file);
            listings.add(new Listing(when(record.at()), record.actor(),
                    ImportUpload.kindText(ImportUpload.label(record.report().kind())),
                    name, record.report(), href));
        }
        return listings;
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }

    private static String href(ImportedFile file) {
        return ImportController.SOURCE_PREFIX + file.id() + "/ditolak.csv";
    }

    private static Optional<String> consoleId(IngestReport report) {
        String source = report.source();
        if (source == null || !source.startsWith(ImportController.SOURCE_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(source.substring(ImportController.SOURCE_PREFIX.length()));
    }
}

package id.patuh.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.patuh.cases.DataKind;
import id.patuh.cases.IngestRecord;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.SopCatalog;

/** The real catalog, default limits, and helpers that read a whole body for assertions. */
final class IngestFixtures {

    static final SopCatalog CATALOG = CatalogService.readDirectory(Path.of("sop-catalog"));
    static final IngestProperties LIMITS = IngestProperties.defaults();
    static final String KEMLAGI = "kemlagi-pengumpulan-data-kinerja";
    static final String SIDOARJO = "sidoarjo-perencanaan-pengumpulan-data-kinerja";

    private IngestFixtures() {
    }

    static RowValidator validator() {
        return new RowValidator(CATALOG, unit -> ZoneId.of("Asia/Jakarta"), LIMITS);
    }

    static Read read(DataKind kind, InputFormat format, String body) {
        return read(kind, format, body.getBytes(StandardCharsets.UTF_8));
    }

    static Read read(DataKind kind, InputFormat format, byte[] body) {
        return read(kind, format, new ByteArrayInputStream(body));
    }

    static Read read(DataKind kind, InputFormat format, InputStream body) {
        List<ReadResult> results = new ArrayList<>();
        try (RowReader reader = RowReaders.open(kind, format, body, LIMITS)) {
            for (ReadResult r = reader.next(); r != null; r = reader.next()) {
                results.add(r);
            }
            return new Read(results, reader.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = IngestFixtures.class.getResourceAsStream("/ingest/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource ingest/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a reader yielded for one body. */
    record Read(List<ReadResult> results, List<RowWarning> warnings) {

        List<SourceRow> rows() {
            return results.stream().filter(SourceRow.class::isInstance).map(SourceRow.class::cast).toList();
        }

        List<RowError> errors() {
            return results.stream().filter(RowError.class::isInstance).map(RowError.class::cast).toList();
        }

        List<Long> rowLines() {
            return rows().stream().map(SourceRow::line).toList();
        }

        /** The rows validated: what would be stored, and every error of reader and validator. */
        Outcome validated(DataKind kind) {
            RowValidator validator = validator();
            List<ValidatedRow> accepted = new ArrayList<>();
            List<RowError> errors = new ArrayList<>(errors());
            List<RowWarning> rowWarnings = new ArrayList<>();
            for (SourceRow row : rows()) {
                ValidatedRow v = validator.validate(kind, row);
                if (v.accepted()) {
                    accepted.add(v);
                }
                errors.addAll(v.errors());
                rowWarnings.addAll(v.warnings());
            }
            errors.sort(java.util.Comparator.comparingLong(RowError::line));
            return new Outcome(accepted, errors, rowWarnings);
        }
    }

    /** Rows after validation. */
    record Outcome(List<ValidatedRow> accepted, List<RowError> errors, List<RowWarning> warnings) {

        List<Long> acceptedLines() {
            return accepted.stream().map(ValidatedRow::line).toList();
        }

        List<String> acceptedIds() {
            return accepted.stream().map(v -> v.record().id()).toList();
        }

        <T extends IngestRecord> List<T> records(Class<T> type) {
            return accepted.stream().map(ValidatedRow::record).map(type::cast).toList();
        }
    }
}

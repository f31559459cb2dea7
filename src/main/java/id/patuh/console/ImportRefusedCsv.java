package id.patuh.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.patuh.ingest.RefusedRows;

/**
 * The refused rows of an upload as a CSV an operator fixes in a spreadsheet and uploads again:
 * the upload's own columns, then {@code baris} (the line in the uploaded file) and
 * {@code alasan} (why it was refused). Both are unknown columns to the importer, so a fixed
 * file is accepted with only a warning; a file that already carried them (a second round of
 * fixes) loses the old ones, so the columns never appear twice.
 */
final class ImportRefusedCsv {

    static final List<String> ADDED = List.of("baris", "alasan");

    private ImportRefusedCsv() {
    }

    /** Writes with a byte order mark: spreadsheets then read UTF-8, and the importer skips it. */
    static void write(ImportedFile file, ImportRefusedStore store, Writer out) throws IOException {
        List<String> header = file.header();
        List<Integer> kept = IntStream.range(0, header.size())
                .filter(i -> !ADDED.contains(header.get(i).strip().toLowerCase(Locale.ROOT))).boxed().toList();
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> names = new ArrayList<>(kept.stream().map(header::get).toList());
        names.addAll(ADDED);
        csv.printRecord(names);
        try {
            store.forEachRow(file, row -> print(csv, row, kept, header.size()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, RefusedRows.Row row, List<Integer> kept, int width) {
        List<String> cells = row.cells();
        List<String> record = new ArrayList<>(kept.stream().map(i -> i < cells.size() ? cells.get(i) : "").toList());
        record.add(Long.toString(row.line()));
        record.add(row.reason());
        // cells past the header stay in the file (after the reason) rather than being lost
        record.addAll(cells.subList(Math.min(width, cells.size()), cells.size()));
        try {
            csv.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

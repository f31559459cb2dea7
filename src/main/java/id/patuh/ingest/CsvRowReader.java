package id.patuh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.patuh.cases.DataKind;

/**
 * Reads an interchange CSV (RFC 4180, header row) one record at a time; the cell separator
 * (comma, or the semicolon of an Indonesian-locale spreadsheet) comes from the header line.
 */
final class CsvRowReader implements RowReader {

    private final DataKind kind;
    private final CsvRecordScanner scanner;
    private final int maxFieldLength;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    private CsvHeader header;
    private CsvSeparator separator = CsvSeparator.COMMA;
    private boolean finished;

    CsvRowReader(DataKind kind, Utf8CharSource source, IngestProperties limits) {
        this.kind = kind;
        this.scanner = new CsvRecordScanner(source, RowReaders.rowCharLimit(limits.maxFieldLength()));
        this.maxFieldLength = limits.maxFieldLength();
    }

    @Override
    public ReadResult next() {
        try {
            while (pending.isEmpty() && !finished) {
                readRecord();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending.poll();
    }

    private void readRecord() throws IOException {
        CsvRecordScanner.RecordText record = scanner.next();
        if (record == null) {
            if (header == null) {
                pending.add(new RowError(1, null, null, "berkas kosong", "empty file"));
            }
            finished = true;
            return;
        }
        if (header == null) {
            separator = CsvSeparator.detect(record.text());
            scanner.separator(separator.character());
        }
        List<String> cells = cells(record);
        if (cells == null) {
            finished |= header == null || record.unterminatedQuote();
        } else if (header == null) {
            header = CsvHeader.read(kind, record.line(), cells, pending, warnings);
            finished = header == null;
            if (header != null && separator == CsvSeparator.SEMICOLON) {
                warnings.add(separator.notice(record.line()));
            }
        } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
            readRow(record.line(), cells);
        }
    }

    /** The record's cells, or null after queueing why they cannot be read. */
    private List<String> cells(CsvRecordScanner.RecordText record) {
        long line = record.line();
        if (record.tooLong()) {
            pending.add(new RowError(line, null, null,
                    "baris terlalu panjang (lebih dari " + RowReaders.rowCharLimit(maxFieldLength) + " karakter)",
                    "row too long (more than " + RowReaders.rowCharLimit(maxFieldLength) + " characters)"));
            return null;
        }
        if (record.unterminatedQuote()) {
            pending.add(new RowError(line, null, null,
                    "tanda kutip (\") tidak ditutup sampai akhir berkas", "quote (\") not closed before end of file"));
            return null;
        }
        try {
            return separator.cells(record.text());
        } catch (IOException | UncheckedIOException e) {
            String name = separator == CsvSeparator.COMMA ? "koma" : "titik koma";
            String nameEn = separator == CsvSeparator.COMMA ? "comma" : "semicolon";
            pending.add(new RowError(line, null, null,
                    "tanda kutip salah: nilai berkutip harus diikuti " + name + " atau akhir baris, kutip di dalam "
                            + "nilai ditulis \"\"",
                    "malformed quoting: a quoted value must be followed by a " + nameEn + " or the end of the line, "
                            + "a quote inside a value is written \"\""));
            return null;
        }
    }

    private void readRow(long line, List<String> cells) {
        List<String> names = header.names();
        String id = RowText.idOrNull(header.cell(cells, kind.idColumn()));
        if (cells.size() > names.size()) {
            pending.add(new RowError(line, id, null,
                    "baris berisi " + cells.size() + " sel, judul hanya " + names.size() + " kolom",
                    "row has " + cells.size() + " cells, the header only " + names.size() + " columns"));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = names.get(i);
            if (!name.isEmpty()) {
                fields.put(name, cells.get(i));
                CellChecks.check(line, id, name, cells.get(i), maxFieldLength).ifPresent(errors::add);
            }
        }
        if (errors.isEmpty()) {
            pending.add(new SourceRow(line, fields));
        } else {
            pending.addAll(errors);
        }
    }

    @Override
    public List<RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}

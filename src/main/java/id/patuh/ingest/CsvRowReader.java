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
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

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
                pending.add(new RowError(1, null, null, Texts.id("ingest.file.empty"), Texts.en("ingest.file.empty")));
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
            long limit = RowReaders.rowCharLimit(maxFieldLength);
            pending.add(new RowError(line, null, null, Texts.id("ingest.csv.row-too-long", limit),
                    Texts.en("ingest.csv.row-too-long", limit)));
            return null;
        }
        if (record.unterminatedQuote()) {
            pending.add(new RowError(line, null, null, Texts.id("ingest.csv.unclosed-quote"),
                    Texts.en("ingest.csv.unclosed-quote")));
            return null;
        }
        try {
            return separator.cells(record.text());
        } catch (IOException | UncheckedIOException e) {
            Text malformed = separator == CsvSeparator.COMMA ? new Text("ingest.csv.malformed-quote-comma")
                    : new Text("ingest.csv.malformed-quote-semicolon");
            pending.add(new RowError(line, null, null, malformed.id(), malformed.en()));
            return null;
        }
    }

    private void readRow(long line, List<String> cells) {
        List<String> names = header.names();
        String id = RowText.idOrNull(header.cell(cells, kind.idColumn()));
        if (cells.size() > names.size()) {
            pending.add(new RowError(line, id, null, Texts.id("ingest.csv.too-many-cells", cells.size(), names.size()),
                    Texts.en("ingest.csv.too-many-cells", cells.size(), names.size())));
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

package id.patuh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.io.InputStreamSource;
import org.springframework.modulith.NamedInterface;

import id.patuh.cases.DataKind;

/**
 * The rows an import refused, read again from the uploaded bytes so that an operator can fix
 * them in a spreadsheet and send them again. The import itself is not touched: this is a second,
 * streaming pass over the same input that keeps only the refused lines its report names.
 *
 * <p>A CSV keeps its own header and each refused row's cells exactly as written. JSON, JSON Lines
 * and XES rows are put in the kind's columns where they could be read; a row that could not be
 * read at all keeps the raw text of its line in the first column.
 */
@NamedInterface("api")
public final class RefusedRows {

    /** The most refused rows kept: as many as an import report lists. */
    public static final int MAX_ROWS = IngestRun.MAX_REPORTED;
    /** Longest cell kept; anything a spreadsheet user can still fix by hand. */
    static final int MAX_CELL = 10_000;
    /** Past this many characters in all, further rows are dropped (and the table says so). */
    static final long MAX_CHARS = 20_000_000;

    /**
     * @param header    the columns of an upload file of that kind (a CSV upload's own header)
     * @param truncated whether refused rows were left out (over {@link #MAX_ROWS} or the size cap)
     */
    public record Table(List<String> header, List<Row> rows, boolean truncated) {
    }

    /**
     * One refused row.
     *
     * @param cells in header order; shorter than the header when the row was unreadable, longer
     *              for a CSV row with more cells than its header
     */
    public record Row(long line, List<String> cells, String reason, String reasonEn) {
    }

    private RefusedRows() {
    }

    /**
     * The refused rows of {@code upload}, as named by {@code errors} (the import's report).
     *
     * @param upload opened again for each pass; never read whole into memory
     */
    public static Table read(DataKind kind, InputFormat format, InputStreamSource upload, List<RowError> errors,
            IngestProperties limits) {
        ErrorsByLine refused = new ErrorsByLine(errors);
        try {
            return format == InputFormat.CSV ? csv(upload, refused, limits) : parsed(kind, format, upload, refused,
                    limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table csv(InputStreamSource upload, ErrorsByLine refused, IngestProperties limits)
            throws IOException {
        Collected rows = new Collected();
        try (CsvRecordScanner scanner = new CsvRecordScanner(new Utf8CharSource(upload.getInputStream()),
                RowReaders.rowCharLimit(limits.maxFieldLength()))) {
            CsvRecordScanner.RecordText header = scanner.next();
            if (header == null) {
                return new Table(List.of(), List.of(), false);
            }
            // errors on the header line are about the whole file: the page shows them, no row repeats them
            refused.take(header.line());
            CsvSeparator separator = CsvSeparator.detect(header.text());
            scanner.separator(separator.character());
            for (CsvRecordScanner.RecordText record = scanner.next(); record != null && !refused.isEmpty();
                    record = scanner.next()) {
                rows.add(record.line(), cells(record, separator), refused.take(record.line()));
            }
            return new Table(cells(header, separator).stream().map(RefusedRows::kept).toList(), rows.sorted(),
                    rows.truncated);
        }
    }

    private static Table parsed(DataKind kind, InputFormat format, InputStreamSource upload, ErrorsByLine refused,
            IngestProperties limits) throws IOException {
        List<String> header = KindColumns.known(kind);
        Collected rows = new Collected();
        try (RowReader reader = RowReaders.open(kind, format, upload.getInputStream(), limits)) {
            for (ReadResult item = reader.next(); item != null && !refused.isEmpty(); item = reader.next()) {
                if (item instanceof SourceRow row) {
                    List<RowError> of = refused.takeFor(row.line(), RowText.idOrNull(row.get(kind.idColumn())));
                    rows.add(row.line(), header.stream().map(c -> row.fields().getOrDefault(c, "")).toList(), of);
                }
            }
        }
        if (!refused.isEmpty() && format == InputFormat.XLSX) {
            // a workbook's bytes are a ZIP: its unreadable rows keep only their reason
            while (!refused.isEmpty()) {
                long line = refused.firstLine();
                rows.add(line, List.of(), refused.take(line));
            }
        } else if (!refused.isEmpty()) {
            rawLines(upload, refused, rows);
        }
        return new Table(header, rows.sorted(), rows.truncated);
    }

    /** Rows no reader could read: the raw text of their line, in the first column. */
    private static void rawLines(InputStreamSource upload, ErrorsByLine refused, Collected rows) throws IOException {
        try (Utf8CharSource source = new Utf8CharSource(upload.getInputStream())) {
            long line = 1;
            StringBuilder text = new StringBuilder();
            for (int c = source.read(); !refused.isEmpty(); c = source.read()) {
                if (c == Utf8CharSource.EOF || c == '\n') {
                    rows.add(line, List.of(text.toString().stripTrailing()), refused.take(line));
                    if (c == Utf8CharSource.EOF) {
                        break;
                    }
                    line++;
                    text.setLength(0);
                } else if (text.length() <= MAX_CELL) {
                    text.append((char) c);
                }
            }
        }
    }

    private static List<String> cells(CsvRecordScanner.RecordText record, CsvSeparator separator) {
        if (record.tooLong() || record.unterminatedQuote()) {
            return List.of(record.text());
        }
        try {
            return separator.cells(record.text());
        } catch (IOException | UncheckedIOException | java.util.NoSuchElementException e) {
            return List.of(record.text());
        }
    }

    private static String kept(String cell) {
        String text = cell == null ? "" : cell.replace(Utf8CharSource.MALFORMED, '\uFFFD');
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL) + "…";
    }

    /** The report's errors by line, each handed out once. */
    private static final class ErrorsByLine {
        private final Map<Long, List<RowError>> byLine = new TreeMap<>();

        ErrorsByLine(List<RowError> errors) {
            errors.forEach(e -> byLine.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e));
        }

        boolean isEmpty() {
            return byLine.isEmpty();
        }

        long firstLine() {
            return byLine.keySet().iterator().next();
        }

        List<RowError> take(long line) {
            List<RowError> taken = byLine.remove(line);
            return taken == null ? List.of() : taken;
        }

        /** The errors of the row with {@code id} at {@code line}: rows of a one-line JSON array share a line. */
        List<RowError> takeFor(long line, String id) {
            List<RowError> atLine = byLine.get(line);
            if (atLine == null) {
                return List.of();
            }
            List<RowError> taken = new ArrayList<>();
            for (Iterator<RowError> it = atLine.iterator(); it.hasNext();) {
                RowError error = it.next();
                if (error.id() == null || error.id().equals(id)) {
                    taken.add(error);
                    it.remove();
                }
            }
            if (atLine.isEmpty()) {
                byLine.remove(line);
            }
            return taken;
        }
    }

    /** The rows kept so far, within the row and size caps. */
    private static final class Collected {
        private final List<Row> rows = new ArrayList<>();
        private long chars;
        private boolean truncated;

        void add(long line, List<String> cells, List<RowError> errors) {
            if (errors.isEmpty()) {
                return;
            }
            List<String> kept = cells.stream().map(RefusedRows::kept).toList();
            long size = kept.stream().mapToLong(String::length).sum();
            if (rows.size() >= MAX_ROWS || chars + size > MAX_CHARS) {
                truncated = true;
                return;
            }
            chars += size;
            rows.add(new Row(line, kept, errors.stream().map(RowError::reason).collect(Collectors.joining("; ")),
                    errors.stream().map(RowError::reasonEn).collect(Collectors.joining("; "))));
        }

        List<Row> sorted() {
            rows.sort(Comparator.comparingLong(Row::line));
            return List.copyOf(rows);
        }
    }
}

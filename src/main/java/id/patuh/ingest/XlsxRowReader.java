package id.patuh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import id.patuh.cases.DataKind;
import id.patuh.messages.Texts;

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as interchange rows: its first
 * non-empty row is the header, as in a CSV. The body is first copied to a temporary file, as
 * a workbook is a ZIP whose directory sits at its end; the sheet is then read row by row.
 *
 * <p>Rows of a patuh template that the operator left as they were (only the reference columns
 * filled) are skipped, so a half-filled template is not a page of errors. Row errors name the
 * sheet and the row number Excel shows.
 */
final class XlsxRowReader implements RowReader {

    /** The columns a template fills in as reference; a row with nothing else is not a record. */
    static final Set<String> REFERENCE_COLUMNS = Set.of("sop_code", "unit", "step_no", "activity", "actor_role");

    private final DataKind kind;
    private final InputStream body;
    private final int maxFieldLength;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    private Path copy;
    private OPCPackage workbook;
    private XlsxSheetCursor cursor;
    private String sheet = "?";
    private List<String> header;
    private long untouchedTemplateRows;
    private long lastLine = 1;
    private boolean finished;

    XlsxRowReader(DataKind kind, InputStream body, IngestProperties limits) {
        this.kind = kind;
        this.body = body;
        this.maxFieldLength = limits.maxFieldLength();
    }

    @Override
    public ReadResult next() {
        while (pending.isEmpty() && !finished) {
            try {
                if (cursor == null) {
                    open();
                } else {
                    read(cursor.next());
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                // POI throws unchecked exceptions for a damaged package: the file cannot be read on.
                // Its own wording names parser internals, so the row error keeps to ours (issue 19).
                pending.add(new RowError(lastLine, null, null, Texts.id("ingest.xlsx.unreadable"),
                        Texts.en("ingest.xlsx.unreadable")));
                finished = true;
            }
        }
        return pending.poll();
    }

    private void open() throws IOException {
        copy = Files.createTempFile("patuh-unggah-", ".xlsx");
        Files.copy(body, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            XSSFReader xssf = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetsData();
            if (!sheets.hasNext()) {
                pending.add(new RowError(1, null, null, Texts.id("ingest.xlsx.no-sheet"),
                        Texts.en("ingest.xlsx.no-sheet")));
                finished = true;
                return;
            }
            InputStream first = sheets.next();
            sheet = sheets.getSheetName();
            cursor = new XlsxSheetCursor(first, new ReadOnlySharedStringsTable(workbook), xssf.getStylesTable());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                | XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void read(XlsxSheetCursor.SheetRow row) {
        if (row == null) {
            if (header == null) {
                pending.add(new RowError(1, null, null, Texts.id("ingest.xlsx.empty-sheet", sheet),
                        Texts.en("ingest.xlsx.empty-sheet", sheet)));
            }
            finished = true;
            return;
        }
        lastLine = row.number();
        if (row.cells().values().stream().allMatch(String::isBlank)) {
            return;
        }
        if (header == null) {
            readHeader(row);
        } else {
            readRow(row);
        }
    }

    private void readHeader(XlsxSheetCursor.SheetRow row) {
        int width = row.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            cells.add(row.cells().getOrDefault(i, ""));
        }
        List<ReadResult> errors = new ArrayList<>();
        CsvHeader read = CsvHeader.read(kind, row.number(), cells, errors, warnings);
        errors.forEach(e -> pending.add(located((RowError) e)));
        header = read == null ? null : read.names();
        finished = read == null;
    }

    private void readRow(XlsxSheetCursor.SheetRow row) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        String id = RowText.idOrNull(cell(row, kind.idColumn()));
        row.cells().forEach((column, value) -> {
            String name = column < header.size() ? header.get(column) : "";
            if (!name.isEmpty() && !value.isBlank()) {
                fields.put(name, value);
                CellChecks.check(row.number(), id, name, value, maxFieldLength).ifPresent(errors::add);
            }
        });
        if (fields.isEmpty() || REFERENCE_COLUMNS.containsAll(fields.keySet())) {
            untouchedTemplateRows += fields.isEmpty() ? 0 : 1;
            return;
        }
        if (errors.isEmpty()) {
            pending.add(new SourceRow(row.number(), fields));
        } else {
            errors.forEach(e -> pending.add(located(e)));
        }
    }

    private String cell(XlsxSheetCursor.SheetRow row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? null : row.cells().get(i);
    }

    /** Names the sheet and its row, as the operator finds them in Excel. */
    @Override
    public RowError located(RowError error) {
        return new RowError(error.line(), error.id(), error.field(),
                Texts.id("ingest.xlsx.located", sheet, error.line(), error.reason()),
                Texts.en("ingest.xlsx.located", sheet, error.line(), error.reasonEn()));
    }

    @Override
    public List<RowWarning> warnings() {
        List<RowWarning> all = new ArrayList<>(warnings);
        if (untouchedTemplateRows > 0) {
            all.add(new RowWarning(0, null, null,
                    Texts.id("ingest.xlsx.template-rows-skipped", untouchedTemplateRows, sheet),
                    Texts.en("ingest.xlsx.template-rows-skipped", untouchedTemplateRows, sheet)));
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        try (InputStream in = body) {
            if (cursor != null) {
                cursor.close();
            }
            if (workbook != null) {
                workbook.revert();
            }
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }
}

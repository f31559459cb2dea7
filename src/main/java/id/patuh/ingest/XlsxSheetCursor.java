package id.patuh.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Pulls one worksheet's rows, one at a time, straight from its XML (never the whole sheet in
 * memory). Every cell becomes the text the other readers would have read: numbers as plain
 * decimals (so they meet the same validation and bounds as a CSV cell), date cells as ISO local
 * times (read later in the unit's zone, as interchange.md says for times without an offset).
 */
final class XlsxSheetCursor implements Closeable {

    /** A row: its number in the sheet (1-based, as Excel shows it) and its non-empty cells by column. */
    record SheetRow(long number, Map<Integer, String> cells) {
    }

    /** Excel keeps 15 significant digits; more are binary noise ({@code 0.30000000000000004}). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final InputStream xml;
    private final XMLStreamReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private long lastRow;

    XlsxSheetCursor(InputStream sheetXml, SharedStrings strings, StylesTable styles) throws XMLStreamException {
        this.xml = sheetXml;
        this.reader = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        this.strings = strings;
        this.styles = styles;
    }

    /** The next row, or null after the last. */
    SheetRow next() throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
                String r = reader.getAttributeValue(null, "r");
                lastRow = r == null ? lastRow + 1 : Long.parseLong(r);
                return new SheetRow(lastRow, cells());
            }
        }
        return null;
    }

    private Map<Integer, String> cells() throws XMLStreamException {
        Map<Integer, String> cells = new TreeMap<>();
        int column = -1;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("c")) {
                String ref = reader.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : new CellReference(ref).getCol();
                String type = reader.getAttributeValue(null, "t");
                String style = reader.getAttributeValue(null, "s");
                String text = cellText(type, style, cellContent());
                if (text != null && !text.isEmpty()) {
                    cells.put(column, text);
                }
            }
        }
        return cells;
    }

    /** The raw value of the cell the reader is on: {@code <v>} text, or an inline string's {@code <t>} texts. */
    private String cellContent() throws XMLStreamException {
        StringBuilder value = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    && (reader.getLocalName().equals("v") || reader.getLocalName().equals("t"))) {
                value = value == null ? new StringBuilder() : value;
                value.append(reader.getElementText());
            }
        }
        return value == null ? null : value.toString();
    }

    private String cellText(String type, String style, String raw) {
        if (raw == null) {
            return null;
        }
        if (type == null || type.equals("n")) {
            return number(raw, style);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
            default -> raw; // str (formula result), inlineStr, e (error text such as #N/A)
        };
    }

    private String number(String raw, String style) {
        // a crafted sheet can hold 1e999999999 in a numeric cell: left as written, the row's
        // validation refuses it (NumberBounds) before anything expands it
        if (NumberBounds.check(0, null, "cell", raw.strip()).isPresent()) {
            return raw;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style != null && styles != null && isDateStyle(Integer.parseInt(style))) {
            double serial = value.doubleValue();
            // a whole serial is a date without a time: left as a date, so a timestamp field says it lacks the time
            return serial == Math.floor(serial) ? DateUtil.getLocalDateTime(serial).toLocalDate().toString()
                    : DateUtil.getLocalDateTime(serial, false, true).toString();
        }
        return value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        if (index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        return DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            xml.close();
        }
    }
}

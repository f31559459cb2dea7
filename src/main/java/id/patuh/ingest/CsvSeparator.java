package id.patuh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import id.patuh.messages.Texts;

/**
 * The cell separator of a CSV, detected from its header line. interchange.md says comma, but a
 * spreadsheet in an Indonesian locale saves "CSV" with semicolons (the comma is its decimal
 * mark), and that is what offices send. The header decides because column names never contain
 * either character: whichever of the two occurs more often outside quotes separates the cells.
 */
enum CsvSeparator {
    COMMA(','), SEMICOLON(';');

    private final char character;
    private final CSVFormat format;

    CsvSeparator(char character) {
        this.character = character;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(character).get();
    }

    static CsvSeparator detect(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? SEMICOLON : COMMA;
    }

    char character() {
        return character;
    }

    /** The cells of one record's text (as cut by {@link CsvRecordScanner}). */
    List<String> cells(String recordText) throws IOException {
        try (CSVParser parser = CSVParser.parse(recordText, format)) {
            return parser.iterator().next().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The file-level note that the file was read with semicolons, so the operator knows it was noticed. */
    RowWarning notice(long line) {
        return new RowWarning(line, null, null, Texts.id("ingest.csv.semicolons"), Texts.en("ingest.csv.semicolons"));
    }
}

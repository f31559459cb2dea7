package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads exported documents back: PDF text with PDFBox, CSV with commons-csv, sheets with POI. */
final class Exports {

    private Exports() {
    }

    /** For a person to look at: the build directory is java.io.tmpdir's parent under Surefire. */
    static void keep(String name, byte[] body) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), body);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap their words over lines; compare words, not line breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    static List<Row> rows(Sheet sheet) {
        return StreamSupport.stream(sheet.spliterator(), false).toList();
    }

    static Row rowStarting(Sheet sheet, String label) {
        return rows(sheet).stream().filter(r -> r.getCell(0) != null
                && label.equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
    }

    static Cell valueBeside(Sheet sheet, String label) {
        return rowStarting(sheet, label).getCell(1);
    }
}

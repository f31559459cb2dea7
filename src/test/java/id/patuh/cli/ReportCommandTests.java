package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code report readiness|monitoring} on the configured store, after importing the example files. */
class ReportCommandTests {

    private static final String UNIT = "setda-sidoarjo-perencanaan";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @RegisterExtension
    final TemporaryFileStore store = new TemporaryFileStore();

    @Test
    void writesTheReadinessReportAndTheMonitoringFormInTheFormatOfTheFileName() throws Exception {
        assertThat(run("import", "activities", "examples/activities.csv")).isZero();
        assertThat(run("import", "indicators", "examples/indicators.csv")).isZero();
        assertThat(run("import", "requests", "examples/requests.csv")).isZero();

        Path xlsx = dir.resolve("out/kesiapan.xlsx");
        assertThat(run("report", "readiness", "--unit", UNIT, "--period", "2024", "--out", xlsx.toString())).isZero();
        assertThat(err.toString().lines()).contains("Laporan ditulis ke " + xlsx + " (" + Files.size(xlsx)
                + " byte) / report written to " + xlsx);
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Row completeness = null;
            for (Row row : book.getSheet("Ringkasan")) {
                if (row.getCell(0) != null && "Kelengkapan data".equals(row.getCell(0).getStringCellValue())) {
                    completeness = row;
                }
            }
            assertThat(completeness).isNotNull();
            assertThat(completeness.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(completeness.getCell(3).getNumericCellValue()).isEqualTo(3);
        }

        Path pdf = dir.resolve("monitoring.pdf");
        assertThat(run("report", "monitoring", "--unit", UNIT, "--half", "2024-S1", "--out", pdf.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Monitoring Pelaksanaan SOP AP").contains("[X] tidak berjalan dengan baik");
        }

        out.getBuffer().setLength(0);
        assertThat(run("report", "readiness", "--unit", UNIT, "--period", "2024-Q1", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("unit").asText()).isEqualTo(UNIT);
        assertThat(json.get("data").get("kelengkapan").get("gaps").get(0).asText()).isEqualTo("sda-req-iku3");
    }

    @Test
    void refusesBadParametersBeforeOpeningTheStore() {
        assertThat(run("report", "readiness", "--unit", UNIT, "--period", "2024-Q9"))
                .isEqualTo(ReportCommand.BAD_PARAMETER);
        assertThat(err.toString()).contains("YYYY-Qn").contains("quarter");
        assertThat(run("report", "monitoring", "--unit", UNIT, "--half", "2024-S1", "--format", "pdf"))
                .isEqualTo(ReportCommand.BAD_PARAMETER);
        assertThat(err.toString()).contains("--out wajib untuk pdf");
        assertThat(run("report")).isEqualTo(ReportCommand.BAD_PARAMETER);
        assertThat(store.file()).doesNotExist();
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}

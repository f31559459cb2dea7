package id.patuh.sopimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Limits that keep one hostile or absurd document from stalling an import.
 *
 * @param maxFileSize     largest document read at all
 * @param maxPdfPages     pages of a PDF read (an SOP AP is a few pages; a 500-page PDF is not one)
 * @param maxRows         rows (lines, table rows) kept from one document
 * @param maxSteps        steps of one procedure table
 * @param maxUnzippedSize bytes a DOCX/XLSX may expand to (zip bombs)
 */
@Validated
@ConfigurationProperties("patuh.sop-import")
public record SopImportProperties(
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("50") @Min(1) int maxPdfPages,
        @DefaultValue("20000") @Min(10) int maxRows,
        @DefaultValue("500") @Min(1) int maxSteps,
        @DefaultValue("100MB") @NotNull DataSize maxUnzippedSize) {

    /** The defaults, for the command line (which starts no Spring context). */
    public static SopImportProperties defaults() {
        return new SopImportProperties(DataSize.ofMegabytes(20), 50, 20000, 500, DataSize.ofMegabytes(100));
    }

    public SopImportProperties withMaxSteps(int steps) {
        return new SopImportProperties(maxFileSize, maxPdfPages, maxRows, steps, maxUnzippedSize);
    }

    public SopImportProperties withMaxPdfPages(int pages) {
        return new SopImportProperties(maxFileSize, pages, maxRows, maxSteps, maxUnzippedSize);
    }
}

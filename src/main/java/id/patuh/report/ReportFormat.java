package id.patuh.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

import id.patuh.messages.Text;

/** The formats a report is served in. */
public enum ReportFormat {
    JSON("application/json", "json"),
    HTML("text/html;charset=UTF-8", "html"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElseThrow(() -> new ReportParameterException("format", text,
                        new Text("report.parameter.format")));
    }

    /** From a file name's extension, e.g. {@code laporan.pdf}. */
    public static Optional<ReportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }

    /**
     * An explicit {@code format} parameter wins; otherwise the first type in the Accept header
     * that we serve (a browser's text/html comes first); JSON when the client takes anything.
     */
    static ReportFormat negotiate(String format, List<MediaType> accept) {
        if (format != null && !format.isBlank()) {
            return parse(format);
        }
        for (MediaType wanted : accept) {
            for (ReportFormat f : values()) {
                if (!wanted.isWildcardType() && wanted.isCompatibleWith(MediaType.parseMediaType(f.mediaType))) {
                    return f;
                }
            }
        }
        return JSON;
    }
}

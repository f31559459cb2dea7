package id.patuh.evidence;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Limits of evidence uploads.
 *
 * @param maxFileSize  largest accepted file (a scanned SOP page or a signed PDF fits in 20 MB)
 * @param allowedTypes media types accepted, as detected from the content: PDF, JPEG, PNG and the
 *                     office formats in which kecamatan documents are written (DOCX, XLSX, ODT, ODS)
 */
@Validated
@ConfigurationProperties("patuh.evidence")
public record EvidenceProperties(
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"})
        @NotEmpty List<String> allowedTypes) {

    public EvidenceProperties {
        allowedTypes = List.copyOf(allowedTypes);
    }
}

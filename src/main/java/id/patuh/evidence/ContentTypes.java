package id.patuh.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.core.io.InputStreamSource;

/**
 * The media type of a file from its bytes. Tika's magic numbers tell PDF, JPEG, PNG and the
 * OpenDocument formats apart; an Office Open XML file is a ZIP to them, so its entries decide
 * ({@code word/} = DOCX, {@code xl/} = XLSX). The file name is never consulted: a script named
 * {@code bukti.pdf} is still a script.
 */
final class ContentTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Entries looked at before a ZIP is called a plain ZIP; an office file names its part early. */
    private static final int MAX_ENTRIES = 1000;
    private static final Tika TIKA = new Tika();

    private ContentTypes() {
    }

    static String detect(InputStreamSource content) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(content.getInputStream())) {
            type = TIKA.detect(in);
        }
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")) {
            return ooxml(content, type);
        }
        return type;
    }

    private static String ooxml(InputStreamSource content, String fallback) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(content.getInputStream(), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.startsWith("word/")) {
                    return DOCX;
                }
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive is no office document: it stays what the magic said
        }
        return fallback.equals("application/x-tika-ooxml") ? "application/zip" : fallback;
    }
}

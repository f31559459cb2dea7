package id.patuh.sopimport;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.patuh.messages.Text;

/**
 * The text of a scan, as OCR tools write it: one line per printed line, table cells separated
 * by tabs where the tool recognised the table.
 */
final class TextSourceReader {

    private final SopImportProperties limits;

    TextSourceReader(SopImportProperties limits) {
        this.limits = limits;
    }

    SourceDocument read(String name, byte[] bytes) {
        return new SourceDocument(name, "teks", rows(decode(name, bytes), limits.maxRows()));
    }

    static List<SourceRow> rows(String text, int maxRows) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length > maxRows) {
            throw new SopImportException(new Text("sopimport.read.text-too-many-lines", lines.length, maxRows));
        }
        List<SourceRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SourceRow(i + 1, Arrays.asList(lines[i].split("\t", -1))));
        }
        return rows;
    }

    /** UTF-8, else Windows-1252 (older office PCs); the BOM some editors write is dropped. */
    private static String decode(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}

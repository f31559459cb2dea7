package id.patuh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

import org.apache.tika.Tika;
import org.springframework.modulith.NamedInterface;

import id.patuh.messages.Text;

/**
 * The format of an upload judged by its first bytes, not by its name: an operator's
 * {@code laporan.xlsx} is a ZIP and goes to the workbook reader whatever it is called, and a
 * PDF is refused with a sentence instead of being read as a CSV of gibberish. The name only
 * breaks the tie between text formats that look alike (a {@code .json} that starts with "{").
 */
@NamedInterface("api")
public final class FormatSniffer {

    /** Enough bytes for every signature looked at here. */
    static final int PREFIX = 8192;
    private static final Tika TIKA = new Tika();

    /** What the first bytes say: a readable format, or why the file is not one. */
    public record Sniffed(InputFormat format, Text reason) {

        /** Why the file is not readable, in the language of the request being served; null when it is. */
        public String problem() {
            return reason == null ? null : reason.current();
        }

        /** Why the file is not readable, in English; null when it is. */
        public String problemEn() {
            return reason == null ? null : reason.en();
        }
    }

    private FormatSniffer() {
    }

    /** Reads the start of {@code content} (and closes it). */
    public static Sniffed sniff(InputStream content, String fileName) throws IOException {
        byte[] prefix;
        try (content) {
            prefix = content.readNBytes(PREFIX);
        }
        String type = TIKA.detect(prefix);
        if (type.equals("application/vnd.oasis.opendocument.spreadsheet") || type.equals("application/x-tika-msoffice")
                || type.equals("application/vnd.ms-excel")) {
            return refused(new Text("ingest.sniffer.not-xlsx"));
        }
        if (startsWith(prefix, new byte[] {'P', 'K', 3, 4})) {
            return new Sniffed(InputFormat.XLSX, null);
        }
        if (!type.startsWith("text/") && !type.equals("application/xml") && !type.equals("application/json")
                && !type.equals("application/octet-stream")) {
            return refused(new Text("ingest.sniffer.not-data", type));
        }
        Optional<InputFormat> named = fileName == null ? Optional.empty() : InputFormat.ofFileName(fileName);
        return new Sniffed(text(firstCharacter(prefix), named.orElse(null)), null);
    }

    private static InputFormat text(int first, InputFormat named) {
        if (first == '<') {
            return InputFormat.XES;
        }
        if (first == '[') {
            return InputFormat.JSON;
        }
        if (first == '{') {
            return named == InputFormat.JSON ? InputFormat.JSON : InputFormat.NDJSON;
        }
        // a header line of column names: CSV, whatever the file was called
        return InputFormat.CSV;
    }

    /** The first character after a byte order mark and white space, or -1. */
    private static int firstCharacter(byte[] prefix) {
        int i = startsWith(prefix, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < prefix.length && Character.isWhitespace(prefix[i])) {
            i++;
        }
        return i < prefix.length ? prefix[i] : -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
    }

    private static Sniffed refused(Text reason) {
        return new Sniffed(null, reason);
    }
}

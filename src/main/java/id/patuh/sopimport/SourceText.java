package id.patuh.sopimport;

import java.util.regex.Pattern;

/**
 * Cleans the text of one cell. Scans converted by OCR tools keep bits of HTML and Markdown
 * ({@code <ol>}, {@code <p>}, {@code **bold**}); those are layout, not content.
 */
final class SourceText {

    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|br|div|li|ol|ul|tr|td)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SourceText() {
    }

    /** The cell as one line of plain text. */
    static String plain(String cell) {
        return SPACES.matcher(withBreaks(cell)).replaceAll(" ").strip();
    }

    /** Plain text that keeps block boundaries (paragraphs, list items) as line breaks. */
    static String withBreaks(String cell) {
        if (cell == null) {
            return "";
        }
        String text = BLOCK_TAG.matcher(cell).replaceAll("\n");
        text = ANY_TAG.matcher(text).replaceAll("");
        return text.replace("**", "").replace("&amp;", "&").replace("&nbsp;", " ").strip();
    }

    /** Letters only, lower case: how headings are compared despite OCR spacing and punctuation. */
    static String key(String cell) {
        return plain(cell).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static String nullIfBlank(String text) {
        String plain = plain(text);
        return plain.isEmpty() ? null : plain;
    }
}

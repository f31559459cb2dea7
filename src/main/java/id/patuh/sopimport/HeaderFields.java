package id.patuh.sopimport;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.patuh.messages.Text;
import id.patuh.sopimport.IdentityReader.Label;
import id.patuh.sopimport.IdentityReader.Value;

/** Turns the header block's raw values into catalog fields: ISO dates, a position, a title. */
final class HeaderFields {

    private final List<SourceRow> rows;
    private final DoubtList doubts;

    HeaderFields(List<SourceRow> rows, DoubtList doubts) {
        this.rows = rows;
        this.doubts = doubts;
    }

    SopIdentity identity(Map<Label, Value> values, Map<String, List<String>> lists, String fallbackName) {
        String[] approval = approval(values);
        return new SopIdentity(name(values, fallbackName), plain(values, Label.NOMOR),
                date(values, Label.PEMBUATAN, "tanggal_pembuatan"), date(values, Label.REVISI, "tanggal_revisi"),
                date(values, Label.EFEKTIF, "tanggal_efektif"), approval[0], approval[1], lists);
    }

    private static String plain(Map<Label, Value> values, Label label) {
        return IdentityReader.get(values, label).map(v -> SourceText.plain(v.text())).orElse(null);
    }

    private String date(Map<Label, Value> values, Label label, String field) {
        return IdentityReader.get(values, label).map(v -> {
            String text = SourceText.plain(v.text());
            return IndonesianDate.iso(text).orElseGet(() -> {
                doubts.add(field, v.line(), new Text("sopimport.doubt.date-unreadable", text));
                return null;
            });
        }).orElse(null);
    }

    /**
     * "Disahkan Oleh" often holds the position and, after a gap or on its own line, the signer's
     * name, rank and NIP. The catalog keeps the position; the rest goes to {@code penandatangan}.
     */
    private String[] approval(Map<Label, Value> values) {
        return IdentityReader.get(values, Label.DISAHKAN).map(v -> {
            String[] parts = SourceText.withBreaks(v.text()).strip().split("\\n|\\s{2,}", 2);
            String position = NameCase.title(parts[0].strip());
            String signer = parts.length > 1 ? SourceText.nullIfBlank(parts[1]) : null;
            if (signer != null) {
                doubts.add("disahkan_oleh", v.line(), new Text("sopimport.doubt.position-split"));
            }
            return new String[] {position, signer};
        }).orElse(new String[] {null, null});
    }

    private String name(Map<Label, Value> values, String fallbackName) {
        var value = IdentityReader.get(values, Label.NAMA);
        if (value.isEmpty()) {
            doubts.add("name", 0, new Text("sopimport.doubt.name-fallback"));
            return fallbackName;
        }
        String name = SourceText.plain(value.get().text());
        // only a name typed in capitals is checked for OCR slips: that is how scanned sheets write it
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        return NameCase.title(capitals ? fixOcrWords(name, value.get().line()) : name);
    }

    /**
     * A word of the name that appears nowhere else in the document but differs by one letter
     * from a word that does ("PENGUMPJLAN" / "PENGUMPULAN" in the table title) is an OCR slip.
     */
    private String fixOcrWords(String name, int line) {
        Set<String> words = new HashSet<>();
        rows.stream().filter(r -> r.line() != line).forEach(r -> words.addAll(words(r.joined())));
        StringBuilder fixed = new StringBuilder();
        for (String word : name.split(" ")) {
            String upper = word.toUpperCase(Locale.ROOT);
            String replacement = word;
            if (upper.length() >= 5 && upper.chars().allMatch(Character::isLetter) && !words.contains(upper)) {
                for (String candidate : words) {
                    if (oneLetterApart(upper, candidate)) {
                        replacement = word.equals(upper) ? candidate : candidate.toLowerCase(Locale.ROOT);
                        doubts.add("name", line, new Text("sopimport.doubt.ocr-word", word, replacement));
                        break;
                    }
                }
            }
            fixed.append(fixed.length() > 0 ? " " : "").append(replacement);
        }
        return fixed.toString();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : SourceText.plain(text).split("[^\\p{L}]+")) {
            if (word.length() >= 5) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length() && differences < 2; i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }
}

package id.patuh.sopimport;

import java.util.Locale;
import java.util.Set;

/**
 * Names and positions typed in capitals ("MEKANISME PENGUMPULAN DATA KINERJA", "CAMAT
 * KEMLAGI") are written in the catalog as titles; text with any lower-case letter is kept
 * exactly as written.
 */
final class NameCase {

    private static final Set<String> ACRONYMS = Set.of("SOP", "AP", "OPD", "SKPD", "BPKAD", "ATK", "JF", "PD",
            "RKT", "LKJIP", "SAKIP", "UPT", "UPTD", "RSUD");
    private static final Set<String> SMALL_WORDS = Set.of("dan", "di", "ke", "dari", "yang", "untuk", "atau",
            "pada", "dengan", "serta");

    private NameCase() {
    }

    static String title(String text) {
        if (text == null || !text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(word(words[i], i == 0));
        }
        return out.toString();
    }

    private static String word(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ACRONYMS.contains(word)) {
            return word;
        }
        if (!first && SMALL_WORDS.contains(lower)) {
            return lower;
        }
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

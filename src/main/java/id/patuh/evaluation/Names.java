package id.patuh.evaluation;

import java.util.Locale;

/** How names are compared and shown in facts. */
final class Names {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final int LABEL_ACTIVITY_LENGTH = 40;

    private Names() {
    }

    /**
     * A comparison key: lower-cased, all whitespace removed, so "Nota  Dinas" matches "nota dinas"
     * and "19680814 199203 2 008" matches "196808141992032008". Null or blank gives null.
     */
    static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Null for null or blank text, else the text stripped. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code Langkah 3 (Menghimpun format data dan…)}: the activity shortened at a word boundary. */
    static String stepLabel(String word, int no, String activity) {
        return activity == null || activity.isBlank() ? word + " " + no : word + " " + no + " (" + shorten(activity) + ")";
    }

    private static String shorten(String activity) {
        String text = WHITESPACE.matcher(activity.strip()).replaceAll(" ");
        if (text.length() <= LABEL_ACTIVITY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LABEL_ACTIVITY_LENGTH);
        return text.substring(0, cut > 0 ? cut : LABEL_ACTIVITY_LENGTH) + "…";
    }
}

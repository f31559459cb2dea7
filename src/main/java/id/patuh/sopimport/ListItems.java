package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one cell of a header list into its items. A cell may hold a whole list: "1. … 2. …"
 * run together, "- ATK - Printer" bullets, or an HTML {@code <ol>} whose item boundaries the
 * conversion dropped ("ATK Komputer Printer").
 *
 * @param guessed true when the boundaries were not written and had to be guessed
 */
record ListItems(List<String> items, boolean numbered, boolean guessed) {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s*");
    private static final Pattern BULLET_START = Pattern.compile("^[-•]\\s+");
    private static final Pattern BULLET = Pattern.compile("\\s[-•]\\s+");
    private static final Pattern SEMICOLON = Pattern.compile("(?<=;)\\s+(?=\\p{Lu})");

    static ListItems of(String rawCell) {
        String text = SourceText.plain(rawCell);
        Matcher number = LEADING_NUMBER.matcher(text);
        if (number.find()) {
            return new ListItems(numbered(text, Integer.parseInt(number.group(1))), true, false);
        }
        if (BULLET_START.matcher(text).find()) {
            return new ListItems(clean(Arrays.asList(BULLET.split(text.substring(1)))), false, false);
        }
        List<String> items = clean(Arrays.asList(SEMICOLON.split(text)));
        if (items.size() == 1 && rawCell.contains("<ol")) {
            return new ListItems(withoutSeparators(text), false, true);
        }
        return new ListItems(items, false, false);
    }

    /** Items "n. …", "n+1. …" in order; a number out of sequence stays inside the text. */
    private static List<String> numbered(String text, int first) {
        List<String> items = new ArrayList<>();
        int expected = first + 1;
        int start = 0;
        while (true) {
            Matcher next = Pattern.compile("(?<![\\d/])" + expected + "[.)]\\s+(?=\\S)").matcher(text);
            if (!next.find(start + 1)) {
                break;
            }
            items.add(text.substring(start, next.start()));
            start = next.start();
            expected++;
        }
        items.add(text.substring(start));
        return clean(items.stream().map(i -> LEADING_NUMBER.matcher(i.strip()).replaceFirst("")).toList());
    }

    /**
     * An {@code <ol>} whose separators were lost. Offices start items with the same word
     * ("SOP Evaluasi … SOP Evaluasi …"): split before each repeat of the first word. A run of
     * capitalised single words ("ATK Komputer Printer") is taken as one item per word.
     */
    private static List<String> withoutSeparators(String text) {
        String[] words = text.split(" ");
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (String word : words) {
            if (word.equals(words[0]) && item.length() > 0) {
                items.add(item.toString());
                item.setLength(0);
            }
            item.append(item.length() > 0 ? " " : "").append(word);
        }
        items.add(item.toString());
        if (items.size() == 1 && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return List.of(words);
        }
        return items;
    }

    private static List<String> clean(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

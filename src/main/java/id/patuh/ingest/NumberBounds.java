package id.patuh.ingest;

import java.math.BigDecimal;
import java.util.Optional;

import id.patuh.messages.Texts;

/**
 * The sane range of a number from outside, judged before anything expands it. A
 * {@link BigDecimal} of {@code 1e999999999} is two small ints, but its plain text is a billion
 * digits: {@code toPlainString}, {@code setScale}, {@code stripTrailingZeros} or a comparison
 * with a plain number then fill the heap. Every reader (and a future one, e.g. XLSX, with the
 * cell's text or its {@code BigDecimal}) asks here first and turns a refusal into a row error
 * naming the field; only a number within these bounds is ever made or expanded.
 *
 * <p>The bounds: at most {@value #MAX_TEXT_LENGTH} characters of text, {@value #MAX_DIGITS}
 * significant digits (what the store keeps exactly, as a Decimal128), {@value #MAX_INTEGER_DIGITS}
 * digits before the decimal point and {@value #MAX_SCALE} after it. An indicator value, a
 * budget in rupiah, a step number or a NIP sent as a JSON number all fit with room to spare.
 */
final class NumberBounds {

    static final int MAX_TEXT_LENGTH = 100;
    static final int MAX_DIGITS = 34;
    static final int MAX_INTEGER_DIGITS = 24;
    static final int MAX_SCALE = 24;

    private NumberBounds() {
    }

    /**
     * The row error for a number outside the bounds, if it is.
     *
     * @param text a number as written: JSON's grammar ({@code -12.5e+3}) or a plain decimal with
     *             an optional sign; it is only read, never copied whole
     */
    static Optional<RowError> check(long line, String id, String field, CharSequence text) {
        if (text.length() > MAX_TEXT_LENGTH || !withinBounds(text)) {
            return Optional.of(outOfBounds(line, id, field, text));
        }
        return Optional.empty();
    }

    /** The same bounds for a number a library has already made (a spreadsheet cell), read without expanding it. */
    static Optional<RowError> check(long line, String id, String field, BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        if (precision > MAX_DIGITS || scale > MAX_SCALE || precision - scale > MAX_INTEGER_DIGITS) {
            // toString keeps an exponent (1E+999999999) rather than expanding; only a huge unscaled value is left out
            return Optional.of(outOfBounds(line, id, field, precision > MAX_TEXT_LENGTH
                    ? "(" + precision + " digit)" : value.toString()));
        }
        return Optional.empty();
    }

    /**
     * The plain text of a number already checked with {@link #check(long, String, String, CharSequence)}:
     * {@code 1E+3} becomes {@code 1000}, as a CSV cell would carry it.
     */
    static String plain(CharSequence checked) {
        return new BigDecimal(checked.toString()).toPlainString();
    }

    private static boolean withinBounds(CharSequence text) {
        Scan scan = scan(text);
        if (scan == null) {
            return false;
        }
        long scale = scan.fractionDigits() - scan.exponent();
        long precision = Math.max(1, scan.significantDigits());
        return precision <= MAX_DIGITS && scale <= MAX_SCALE && precision - scale <= MAX_INTEGER_DIGITS;
    }

    /** Digits (leading zeros excluded), digits after the point, and the exponent; null when not a number. */
    private static Scan scan(CharSequence text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int significant = 0;
        int fraction = 0;
        int digits = 0;
        boolean point = false;
        for (; i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.' && !point); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = true;
                continue;
            }
            digits++;
            if (significant > 0 || c != '0') {
                significant++;
            }
            if (point) {
                fraction++;
            }
        }
        if (digits == 0) {
            return null;
        }
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            Long read = exponent(text, i + 1);
            if (read == null) {
                return null;
            }
            exponent = read;
        } else if (i < n) {
            return null;
        }
        return new Scan(significant, fraction, exponent);
    }

    /** The exponent after "e", capped far beyond any bound so that it cannot overflow. */
    private static Long exponent(CharSequence text, int from) {
        int i = from;
        boolean negative = i < text.length() && text.charAt(i) == '-';
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        if (i == text.length()) {
            return null;
        }
        long value = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return null;
            }
            value = Math.min(value * 10 + (c - '0'), 1_000_000_000_000L);
        }
        return negative ? -value : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static RowError outOfBounds(long line, String id, String field, CharSequence text) {
        String shown = RowText.shown(text.length() > RowText.SHOWN_LENGTH + 1
                ? text.subSequence(0, RowText.SHOWN_LENGTH + 1).toString() : text.toString());
        String name = RowText.shown(field);
        boolean cut = text.length() > RowText.SHOWN_LENGTH;
        String length = cut ? Texts.id("ingest.number.length", text.length()) : "";
        String lengthEn = cut ? Texts.en("ingest.number.length", text.length()) : "";
        return new RowError(line, id, name,
                Texts.id("ingest.number.out-of-range", name, MAX_DIGITS, MAX_INTEGER_DIGITS, MAX_SCALE, shown, length),
                Texts.en("ingest.number.out-of-range", name, MAX_DIGITS, MAX_INTEGER_DIGITS, MAX_SCALE, shown,
                        lengthEn));
    }

    private record Scan(int significantDigits, int fractionDigits, long exponent) {
    }
}

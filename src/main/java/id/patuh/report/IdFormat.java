package id.patuh.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.patuh.calendar.IndonesianZones;

/**
 * Numbers and dates as an Indonesian reader writes them (decimal comma, "2 April 2024"); the
 * templates call it as {@code fmt}. Machine-readable values stay in data attributes and JSON.
 */
final class IdFormat {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", ID);

    /** Ids printed per list on a page; a page with thousands of ids helps no one. */
    private static final int SHOWN = 60;

    private final ZoneId zone;

    IdFormat(ZoneId zone) {
        this.zone = zone;
    }

    /** 0.6667 → "66,7 %"; null → "–" (nothing to measure). */
    public String pct(Double ratio) {
        return ratio == null ? "–" : decimal(ratio * 100, 1) + " %";
    }

    /** The bar width of a ratio, for CSS: "66.7%" (a dot: CSS is not Indonesian). */
    public String width(Double ratio) {
        return ratio == null ? "0%" : round(ratio * 100, 1).toPlainString() + "%";
    }

    /** Machine value with a dot, for data attributes the tests and scripts read. */
    public String raw(Double value, int scale) {
        return value == null ? "" : round(value, scale).toPlainString();
    }

    public String decimal(Double value, int scale) {
        return value == null ? "–" : round(value, scale).toPlainString().replace('.', ',');
    }

    public String date(Instant t) {
        return t == null ? "–" : DATE.format(t.atZone(zone));
    }

    public String dateTime(Instant t) {
        return t == null ? "–" : DATE_TIME.format(t.atZone(zone)) + " " + zoneName();
    }

    /** Ids as printed: the first {@link #shown()}, then how many more (JSON and XLSX have all). */
    public String ids(java.util.List<String> ids) {
        String shown = String.join(", ", first(ids));
        return ids.size() > SHOWN ? shown + " … dan " + (ids.size() - SHOWN) + " lainnya" : shown;
    }

    public java.util.List<String> first(java.util.List<String> ids) {
        return ids.subList(0, Math.min(SHOWN, ids.size()));
    }

    public int shown() {
        return SHOWN;
    }

    /** WIB, WITA or WIT, as Indonesians name their zones. */
    public String zoneName() {
        return IndonesianZones.name(zone);
    }

    /** Rounded half-up, trailing zeros dropped: 100.0 → "100", 66.667 → "66.7". */
    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

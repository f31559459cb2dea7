package id.patuh.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/** Reads the free-text waktu column of an SOP table into a {@link MutuBakuWaktu}. */
final class WaktuText {

    /** A comma is the Indonesian decimal mark ("1,5 jam"); a dot is refused as it reads as thousands. */
    private static final Pattern AMOUNT_UNIT =
            Pattern.compile("(-?\\d{1,7})(?:,(\\d{1,3}))?\\s*(\\p{L}+)?\\.?");

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private WaktuText() {
    }

    static MutuBakuWaktu parse(String text, WaktuUnit bareNumberUnit) {
        String cleaned = text == null ? "" : text.replace('\u00A0', ' ').strip();
        Matcher m = AMOUNT_UNIT.matcher(cleaned);
        if (!m.matches()) {
            throw unreadable(text);
        }
        BigDecimal amount = new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
        WaktuUnit unit = unitOf(text, m.group(3), bareNumberUnit);
        if (amount.signum() <= 0) {
            throw new WaktuFormatException(new Text("calendar.waktu.not-positive", text));
        }
        return unit == WaktuUnit.HARI ? days(text, amount) : time(text, amount, unit);
    }

    private static WaktuUnit unitOf(String text, String word, WaktuUnit bareNumberUnit) {
        if (word != null) {
            try {
                return WaktuUnit.fromText(word);
            } catch (WaktuFormatException e) {
                throw unreadable(text);
            }
        }
        if (bareNumberUnit == null) {
            throw new WaktuFormatException(new Text("calendar.waktu.no-unit", text, text.strip()));
        }
        return bareNumberUnit;
    }

    private static MutuBakuWaktu days(String text, BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new WaktuFormatException(new Text("calendar.waktu.whole-days", text));
        }
        return withinLimit(text, () -> MutuBakuWaktu.ofDays(amount.intValueExact()));
    }

    private static MutuBakuWaktu time(String text, BigDecimal amount, WaktuUnit unit) {
        BigDecimal minutes = unit == WaktuUnit.JAM ? amount.multiply(MINUTES_PER_HOUR) : amount;
        if (minutes.stripTrailingZeros().scale() > 0) {
            throw new WaktuFormatException(new Text("calendar.waktu.whole-minutes", text));
        }
        return withinLimit(text, () -> MutuBakuWaktu.ofTime(Duration.ofMinutes(minutes.longValueExact())));
    }

    /** Re-words the record's size error so that it quotes what the SOP author actually wrote. */
    private static MutuBakuWaktu withinLimit(String text, Supplier<MutuBakuWaktu> make) {
        try {
            return make.get();
        } catch (WaktuFormatException | ArithmeticException e) {
            throw new WaktuFormatException(new Text("calendar.waktu.too-large", text, MutuBakuWaktu.MAX_DAYS));
        }
    }

    private static WaktuFormatException unreadable(String text) {
        if (text == null || text.isBlank()) {
            return new WaktuFormatException(new Text("calendar.waktu.empty"));
        }
        return new WaktuFormatException(new Text("calendar.waktu.unreadable", text));
    }
}

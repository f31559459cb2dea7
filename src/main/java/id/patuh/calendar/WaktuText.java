package id.patuh.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            throw new WaktuFormatException(
                    "Waktu \"" + text + "\" harus lebih dari nol: tulis misalnya \"5 menit\"",
                    "Waktu \"" + text + "\" must be more than zero: write e.g. \"5 menit\"");
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
            throw new WaktuFormatException(
                    "Waktu \"" + text + "\" tidak bersatuan dan kolomnya tidak menyebut satuan: "
                            + "tulis misalnya \"" + text.strip() + " menit\" atau \"" + text.strip() + " hari\"",
                    "Waktu \"" + text + "\" has no unit and its column names none: "
                            + "write e.g. \"" + text.strip() + " menit\" or \"" + text.strip() + " hari\"");
        }
        return bareNumberUnit;
    }

    private static MutuBakuWaktu days(String text, BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new WaktuFormatException(
                    "Waktu \"" + text + "\" harus berupa bilangan bulat hari kerja: tulis dalam jam, misalnya \"4 jam\"",
                    "Waktu \"" + text + "\" must be a whole number of working days: write it in hours, e.g. \"4 jam\"");
        }
        return withinLimit(text, () -> MutuBakuWaktu.ofDays(amount.intValueExact()));
    }

    private static MutuBakuWaktu time(String text, BigDecimal amount, WaktuUnit unit) {
        BigDecimal minutes = unit == WaktuUnit.JAM ? amount.multiply(MINUTES_PER_HOUR) : amount;
        if (minutes.stripTrailingZeros().scale() > 0) {
            throw new WaktuFormatException(
                    "Waktu \"" + text + "\" harus berupa menit utuh: misalnya \"1,5 jam\" atau \"90 menit\"",
                    "Waktu \"" + text + "\" must come to whole minutes: e.g. \"1,5 jam\" or \"90 menit\"");
        }
        return withinLimit(text, () -> MutuBakuWaktu.ofTime(Duration.ofMinutes(minutes.longValueExact())));
    }

    /** Re-words the record's size error so that it quotes what the SOP author actually wrote. */
    private static MutuBakuWaktu withinLimit(String text, Supplier<MutuBakuWaktu> make) {
        try {
            return make.get();
        } catch (WaktuFormatException | ArithmeticException e) {
            throw new WaktuFormatException(
                    "Waktu \"" + text + "\" terlalu besar untuk satu langkah SOP (paling lama "
                            + MutuBakuWaktu.MAX_DAYS + " hari)",
                    "Waktu \"" + text + "\" is too large for one SOP step (at most "
                            + MutuBakuWaktu.MAX_DAYS + " days)");
        }
    }

    private static WaktuFormatException unreadable(String text) {
        if (text == null || text.isBlank()) {
            return new WaktuFormatException(
                    "Waktu kosong: tulis misalnya \"5 menit\", \"1 jam\" atau \"3 hari\"",
                    "Waktu is empty: write e.g. \"5 menit\", \"1 jam\" or \"3 hari\"");
        }
        return new WaktuFormatException(
                "Waktu \"" + text + "\" tidak dapat dibaca: tulis misalnya \"5 menit\", \"1 jam\" atau \"3 hari\"",
                "Waktu \"" + text + "\" cannot be parsed: write e.g. \"5 menit\", \"1 jam\" or \"3 hari\"");
    }
}

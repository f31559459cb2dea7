package id.patuh.workload;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Texts;

/**
 * A triwulan, written as indicator periods are: {@code 2024-Q1}.
 *
 * @param number 1–4
 */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("triwulan 1-4 / quarter 1-4: " + number);
        }
    }

    /** @throws IllegalArgumentException for anything but {@code YYYY-Qn} */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(Texts.both("workload.quarter.unknown", text));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day of the next quarter. */
    public LocalDate end() {
        return firstDay().plusMonths(3);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}

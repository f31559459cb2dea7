package id.patuh.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * A date on an SOP sheet as it is written there: a day ({@code 2024-02-29}), a month
 * ({@code 2019-09}) or only a year ({@code 2022}), which many signed sheets give. Parsed by
 * {@code java.time} with its strict ISO resolver, so a day that does not exist
 * ({@code 2024-02-31}, {@code 2023-02-29}) is refused instead of rolling over.
 *
 * @param value a {@link LocalDate}, {@link YearMonth} or {@link Year}
 */
record SopDate(Temporal value) {

    /** The date written as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when it is neither or no such day. */
    static Optional<SopDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SopDate(switch (text.length()) {
                case 10 -> LocalDate.parse(text);
                case 7 -> YearMonth.parse(text);
                case 4 -> Year.parse(text);
                default -> throw new DateTimeException("not a partial ISO date: " + text);
            }));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first day the date covers: the day itself, the first of the month, or 1 January. */
    LocalDate firstDay() {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof YearMonth month) {
            return month.atDay(1);
        }
        return ((Year) value).atDay(1);
    }
}

package id.patuh.report;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * The time a report covers: a triwulan ({@code 2024-Q1}), a year ({@code 2024}) or, for the
 * monitoring form, a semester ({@code 2024-S1}).
 *
 * @param label as written in the request, e.g. {@code 2024-Q1}
 * @param index quarter 1–4, semester 1–2, or 0 for a year
 */
public record ReportPeriod(String label, Kind kind, int year, int index) {

    /** Which span of the year. */
    public enum Kind { TRIWULAN, TAHUN, SEMESTER }

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-S([12])");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** {@code YYYY-Qn} or {@code YYYY}, as in indicators.csv. */
    public static ReportPeriod parse(String text) {
        Matcher m = PERIOD.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || !plausible(m.group(1))) {
            throw new ReportParameterException("period", text, new Text("report.parameter.period"));
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? new ReportPeriod(m.group(1), Kind.TAHUN, year, 0)
                : new ReportPeriod(m.group(0), Kind.TRIWULAN, year, Integer.parseInt(m.group(2)));
    }

    /** {@code YYYY-S1} (January–June) or {@code YYYY-S2} (July–December). */
    public static ReportPeriod parseHalf(String text) {
        Matcher m = HALF.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || !plausible(m.group(1))) {
            throw new ReportParameterException("half", text, new Text("report.parameter.half"));
        }
        return new ReportPeriod(m.group(0), Kind.SEMESTER, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
    }

    private static boolean plausible(String year) {
        int y = Integer.parseInt(year);
        return y >= 2000 && y <= 2100;
    }

    /** First day, inclusive. */
    public LocalDate start() {
        return switch (kind) {
            case TAHUN -> LocalDate.of(year, 1, 1);
            case TRIWULAN -> LocalDate.of(year, 3 * index - 2, 1);
            case SEMESTER -> LocalDate.of(year, 6 * index - 5, 1);
        };
    }

    /** Day after the last day (exclusive). */
    public LocalDate end() {
        return switch (kind) {
            case TAHUN -> start().plusYears(1);
            case TRIWULAN -> start().plusMonths(3);
            case SEMESTER -> start().plusMonths(6);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }

    /**
     * The {@code period} values of indicator data that belong here. A year covers its quarters
     * and its annual data; annual data is reported after the year ends, so it belongs to the
     * second semester, not the first.
     */
    public Set<String> dataPeriods() {
        Set<String> periods = new LinkedHashSet<>();
        switch (kind) {
            case TRIWULAN -> periods.add(label);
            case TAHUN -> {
                periods.add(String.valueOf(year));
                quarters(periods, 1, 4);
            }
            case SEMESTER -> {
                quarters(periods, 2 * index - 1, 2 * index);
                if (index == 2) {
                    periods.add(String.valueOf(year));
                }
            }
        }
        return periods;
    }

    private void quarters(Set<String> periods, int from, int to) {
        for (int q = from; q <= to; q++) {
            periods.add(year + "-Q" + q);
        }
    }

    /** Indonesian title: "Triwulan I 2024", "Tahun 2024", "Semester II 2024". */
    public String title() {
        return switch (kind) {
            case TAHUN -> "Tahun " + year;
            case TRIWULAN -> "Triwulan " + ROMAN[index] + " " + year;
            case SEMESTER -> "Semester " + ROMAN[index] + " " + year;
        };
    }
}

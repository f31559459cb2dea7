package id.patuh.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingOrder;
import id.patuh.findings.FindingStatus;
import id.patuh.messages.Texts;

/**
 * The findings list's query string, as typed or chosen: every field is text so that a hand-edited
 * address never fails the page; what cannot be read is left out of the filter and told in
 * {@link #problems()}.
 *
 * @param age  only findings raised more than this many (calendar) days ago
 * @param sort {@code berat} (default: tinggi first, then newest) or {@code baru} (newest first)
 * @param page 1-based
 * @param overdue {@code true}: only audit items past their due date whose follow-up is still owed
 */
record FindingListQuery(String unit, String sop, String code, String severity, String status, String period,
        String age, String sort, String page, String overdue) {

    static final Set<String> SEVERITIES = Set.of("tinggi", "sedang", "rendah");
    private static final int MAX_AGE_DAYS = 3660;

    FindingFilter filter(Instant now) {
        Integer days = ageDays();
        return new FindingFilter(text(unit), text(sop), text(code), severityValue(), statusValue(), text(period), null,
                null, days == null ? null : now.minus(Duration.ofDays(days)), overdueOnly());
    }

    public boolean overdueOnly() {
        return "true".equals(text(overdue));
    }

    /** This query's filters as the console export's query string (the list's own parameter names). */
    public String exportQuery() {
        StringJoiner query = new StringJoiner("&");
        add(query, "unit", unit);
        add(query, "sop", sop);
        add(query, "code", code);
        add(query, "severity", severityValue());
        add(query, "status", status);
        add(query, "period", period);
        add(query, "age", age);
        if (overdueOnly()) {
            query.add("overdue=true");
        }
        return query.toString();
    }

    FindingOrder order() {
        return "baru".equals(text(sort)) ? FindingOrder.NEWEST : FindingOrder.SEVERITY;
    }

    /** 0-based, as the findings façade counts. */
    int pageIndex() {
        Integer number = positive(page, Integer.MAX_VALUE / 1000);
        return number == null ? 0 : number - 1;
    }

    /** This query on another page; the first page has no {@code page} parameter. */
    String url(int pageIndex) {
        StringJoiner query = new StringJoiner("&");
        add(query, "unit", unit);
        add(query, "sop", sop);
        add(query, "code", code);
        add(query, "severity", severity);
        add(query, "status", status);
        add(query, "period", period);
        add(query, "age", age);
        add(query, "sort", sort);
        if (overdueOnly()) {
            query.add("overdue=true");
        }
        if (pageIndex > 0) {
            query.add("page=" + (pageIndex + 1));
        }
        return "/console/findings" + (query.length() == 0 ? "" : "?" + query);
    }

    /** What was typed but could not be used, in the request's language (the values named are the list's own). */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (text(status) != null && statusValue() == null) {
            problems.add(Texts.current("console.findings.problem.status", text(status),
                    String.join(", ", java.util.Arrays.stream(FindingStatus.values()).map(FindingStatus::label)
                            .toList())));
        }
        if (text(severity) != null && severityValue() == null) {
            problems.add(Texts.current("console.findings.problem.severity", text(severity)));
        }
        if (text(age) != null && ageDays() == null) {
            problems.add(Texts.current("console.findings.problem.age", text(age), MAX_AGE_DAYS));
        }
        return problems;
    }

    private Integer ageDays() {
        return positive(age, MAX_AGE_DAYS);
    }

    private String severityValue() {
        String value = text(severity);
        return value != null && SEVERITIES.contains(value) ? value : null;
    }

    private FindingStatus statusValue() {
        String value = text(status);
        if (value == null) {
            return null;
        }
        try {
            return FindingStatus.fromLabel(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer positive(String value, int max) {
        String text = text(value);
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= max ? number : null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (text(value) != null) {
            query.add(name + "=" + URLEncoder.encode(text(value), StandardCharsets.UTF_8));
        }
    }
}

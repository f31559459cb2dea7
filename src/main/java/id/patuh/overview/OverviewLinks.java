package id.patuh.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The findings-list addresses behind the overview's numbers ({@code /console/findings?…}, the
 * list's own parameters). The list filters by status one at a time, so "open" links list the
 * quarter's findings of that severity in every status; the count printed is the open ones.
 */
final class OverviewLinks {

    private static final String LIST = "/console/findings";

    private final String unit;
    private final String period;

    /** @param unit a unit code, or null for every unit the caller may see (the list is scoped anyway) */
    OverviewLinks(String unit, String period) {
        this.unit = unit;
        this.period = period;
    }

    OverviewLinks forPeriod(String other) {
        return new OverviewLinks(unit, other);
    }

    OverviewLinks forUnit(String other) {
        return new OverviewLinks(other, period);
    }

    /** Steps over their Mutu Baku waktu in the quarter, optionally of one SOP. */
    String overStandard(String sop) {
        return list("sop", sop, "code", "DURATION_EXCEEDED", "period", period);
    }

    String severity(String severity) {
        return list("severity", severity, "period", period);
    }

    String overdue() {
        return list("overdue", "true");
    }

    String lateData() {
        return list("code", "LATE_SUBMISSION", "period", period);
    }

    String unitFindings() {
        return list("period", period);
    }

    static String finding(String id) {
        return LIST + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private String list(String... pairs) {
        StringJoiner query = new StringJoiner("&");
        add(query, "unit", unit);
        for (int i = 0; i < pairs.length; i += 2) {
            add(query, pairs[i], pairs[i + 1]);
        }
        return LIST + "?" + query;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}

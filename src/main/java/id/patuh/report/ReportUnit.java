package id.patuh.report;

import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * The unit a report is about: a tenant ({@code kec-kemlagi}) or a sub-unit
 * ({@code kec-kemlagi/kasi-pemerintahan}). A report on a unit covers its sub-units.
 */
public record ReportUnit(String code) {

    // the same shape ingest accepts for the unit column
    private static final Pattern UNIT = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    public static ReportUnit parse(String text) {
        String code = text == null ? "" : text.strip();
        if (!UNIT.matcher(code).matches()) {
            throw new ReportParameterException("unit", text, new Text("report.parameter.unit"));
        }
        return new ReportUnit(code);
    }

    /** Whether data of {@code unit} belongs to this report: the unit itself or one of its sub-units. */
    public boolean covers(String unit) {
        return unit != null && (unit.equals(code) || unit.startsWith(code + "/"));
    }

    public String tenant() {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }

    public boolean isTenant() {
        return code.indexOf('/') < 0;
    }

    /** For file names: no "/". */
    String fileSafe() {
        return code.replace('/', '_');
    }
}

package id.patuh.overview;

import java.time.Instant;
import java.time.LocalDate;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;
import id.patuh.report.ReportPeriod;
import id.patuh.report.ReportUnit;
import id.patuh.security.TenantScope;

/** Reads the overview's {@code unit} and {@code period} parameters; bad ones are refused with the parameter named. */
final class OverviewRequest {

    private OverviewRequest() {
    }

    /**
     * A quarter ({@code 2024-Q1}); blank is the current one. A year is refused: the findings
     * list files case findings under their quarter, so a year's numbers could not link to them.
     */
    static ReportPeriod quarter(String text, Instant asOf) {
        if (text == null || text.isBlank()) {
            LocalDate today = LocalDate.ofInstant(asOf, OverviewService.WIB);
            return ReportPeriod.parse(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        }
        ReportPeriod period = ReportPeriod.parse(text);
        if (period.kind() != ReportPeriod.Kind.TRIWULAN) {
            throw new OverviewRefused(Refusal.INVALID, new Text("overview.period.invalid.title"),
                    new Text("overview.period.invalid.detail", text.strip()));
        }
        return period;
    }

    /** A unit of the caller's, or null (blank: all of them); another tenant's unit does not exist for them. */
    static String unit(String text, TenantScope scope) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = ReportUnit.parse(text).code();
        if (!scope.allows(code)) {
            throw new OverviewRefused(Refusal.NOT_FOUND, new Text("overview.unit.unknown.title"),
                    new Text("overview.unit.unknown.detail", code));
        }
        return code;
    }

    /** "Triwulan I 2024" (as the reports title it), "Quarter I 2024" in English: the request's language. */
    static String title(ReportPeriod quarter) {
        String roman = switch (quarter.index()) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
        return Texts.current("overview.period.title", roman, String.valueOf(quarter.year()));
    }
}

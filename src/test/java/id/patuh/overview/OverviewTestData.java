package id.patuh.overview;

import java.util.List;

import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingStatus;
import id.patuh.findings.FindingView;
import id.patuh.findings.Recommendation;
import id.patuh.security.TenantScope;

/** What the demo quarter lacks for the overview's tests: an audit item past its due date. */
public final class OverviewTestData {

    private OverviewTestData() {
    }

    /** The inspektorat accepted one open finding of the tenant as an audit item due yesterday; nothing was done since. */
    public static void makeOneOverdue(FindingService findings, String tenant) {
        boolean already = findings.list(new FindingFilter(tenant, null, null, null, null, null, null, null, null, true),
                0, 1).total() > 0;
        if (!already) {
            FindingView open = findings.list(new FindingFilter(tenant, null, null, null, FindingStatus.TERBUKA, null,
                    null, null), 0, 1).items().get(0);
            findings.recommend(List.of(open.id()), new Recommendation("Percepat penyelesaian langkah",
                    "Sekcam Kemlagi", findings.today().minusDays(1)), "inspektur", TenantScope.ALL);
        }
    }
}

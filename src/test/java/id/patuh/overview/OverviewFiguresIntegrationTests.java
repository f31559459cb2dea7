package id.patuh.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import id.patuh.findings.FindingService;
import id.patuh.metrics.MetricsService;
import id.patuh.security.TenantScope;
import id.patuh.workload.DemoData;

/**
 * One computation (issue 17, point 3): for the same unit and quarter the overview, the
 * Prometheus gauges and the readiness report publish the same numbers. The data is the demo
 * quarter (realistic cases with findings of every severity) plus an audit item past its due date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.demo=true", "patuh.evaluation.sweep-on-start=false", "patuh.security.enabled=true"})
@AutoConfigureObservability
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewFiguresIntegrationTests {

    static final String TENANT = "kec-kemlagi";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    FindingService findings;

    @Autowired
    MetricsService metrics;

    @Autowired
    OverviewService overview;

    OverviewHttp http;
    String quarter;

    @BeforeAll
    void demoQuarterWithAnOverdueAuditItem() {
        assertThat(demo.storeIsEmpty()).as("the demo quarter was loaded on start").isFalse();
        quarter = demo.defaultQuarter().toString();
        OverviewTestData.makeOneOverdue(findings, TENANT);
        metrics.refresh();
        http = new OverviewHttp(port);
    }

    @Test
    void theOverviewTheGaugesAndTheReportAgreeForATenantAndQuarter() throws Exception {
        JsonNode api = http.json("/api/overview?unit=" + TENANT + "&period=" + quarter, "sekcam-kemlagi",
                "sekcam-pw").path("headline");
        JsonNode report = http.json("/api/reports/readiness?unit=" + TENANT + "&period=" + quarter,
                "sekcam-kemlagi", "sekcam-pw");
        List<OverviewHttp.Sample> gauges = http.scrape();

        // share of step runs within Mutu Baku: the report's pooled figure, and the gauges of the (only) quarter
        JsonNode mutuBaku = report.path("sop_total").path("mutu_baku");
        assertThat(api.path("mutu_baku").path("numerator").asLong()).isEqualTo(mutuBaku.path("numerator").asLong())
                .isEqualTo((long) OverviewHttp.sum(gauges, "patuh_steps_within_standard",
                        l -> TENANT.equals(l.get("unit"))));
        assertThat(api.path("mutu_baku").path("denominator").asLong())
                .isEqualTo(mutuBaku.path("denominator").asLong())
                .isEqualTo((long) OverviewHttp.sum(gauges, "patuh_steps_evaluated", l -> TENANT.equals(l.get("unit"))))
                .isGreaterThan(api.path("mutu_baku").path("numerator").asLong());

        // open findings by severity: every severity has some
        for (JsonNode count : api.path("open")) {
            String severity = count.path("key").asText();
            long reported = report.path("open_findings").path("by_severity").findParents("severity").stream()
                    .filter(n -> n.path("severity").asText().equals(severity)).findFirst().orElseThrow()
                    .path("count").asLong();
            double gauge = OverviewHttp.sum(gauges, "patuh_findings_open",
                    l -> severity.equals(l.get("severity")) && OverviewHttp.ofTenant(l.get("unit"), TENANT));
            assertThat(count.path("value").asLong()).as(severity).isPositive().isEqualTo(reported)
                    .isEqualTo((long) gauge);
        }

        // overdue follow-ups: the findings list's filter and the alerting gauge
        assertThat(api.path("overdue").path("value").asLong()).isPositive().isEqualTo((long) OverviewHttp.sum(
                gauges, "patuh_followup_overdue", l -> OverviewHttp.ofTenant(l.get("unit"), TENANT)));

        // data answered on time, and the readiness score with its band
        JsonNode onTime = report.path("data").path("ketepatan_waktu");
        assertThat(api.path("data_on_time").path("numerator").asLong()).isEqualTo(onTime.path("numerator").asLong());
        assertThat(api.path("data_on_time").path("denominator").asLong()).isPositive()
                .isEqualTo(onTime.path("denominator").asLong());
        assertThat(api.path("score").isNumber()).as("a Sekcam sees the readiness score").isTrue();
        assertThat(api.path("score").asDouble()).isEqualTo(report.path("score").path("value").asDouble()).isPositive();
        assertThat(api.path("band").asText()).isEqualTo(report.path("score").path("band").asText()).isNotBlank();
    }

    /** The score and timeliness gauges are kept per supplying sub-unit: the overview of that sub-unit says the same. */
    @Test
    void theOverviewOfASubUnitShowsItsScoreAndTimelinessGauges() throws Exception {
        List<OverviewHttp.Sample> gauges = http.scrape();
        List<OverviewHttp.Sample> scores = gauges.stream().filter(s -> s.name().equals("patuh_sakip_readiness_score")
                && quarter.equals(s.labels().get("period")) && s.labels().get("unit").startsWith(TENANT + "/"))
                .toList();
        assertThat(scores).isNotEmpty();
        for (OverviewHttp.Sample gauge : scores) {
            String unit = gauge.labels().get("unit");
            JsonNode api = http.json("/api/overview?unit=" + unit + "&period=" + quarter, "sekcam-kemlagi",
                    "sekcam-pw").path("headline");
            JsonNode report = http.json("/api/reports/readiness?unit=" + unit + "&period=" + quarter,
                    "sekcam-kemlagi", "sekcam-pw");
            assertThat(api.path("score").isNumber()).as(unit).isTrue();
            assertThat(api.path("score").asDouble()).as(unit).isEqualTo(report.path("score").path("value").asDouble())
                    .isCloseTo(gauge.value() * 100, within(1e-9));
            Map<String, String> labels = Map.of("unit", unit, "period", quarter);
            double timeliness = OverviewHttp.sum(gauges, "patuh_submission_timeliness_ratio", labels::equals);
            assertThat(api.path("data_on_time").path("ratio").asDouble()).as(unit)
                    .isCloseTo(timeliness, within(1e-12))
                    .isCloseTo(report.path("data").path("ketepatan_waktu").path("ratio").asDouble(), within(1e-12));
        }
    }

    @Test
    void severalUnitsArePooledBySummingTheirCountsAndComparedSideBySide() {
        Overview both = overview.overview(TenantScope.of(List.of(TENANT, "setda-sidoarjo-perencanaan")), null,
                quarter);
        assertThat(both.units()).containsExactly(TENANT, "setda-sidoarjo-perencanaan");
        assertThat(both.comparison()).extracting(Overview.UnitRow::unit).containsExactlyElementsOf(both.units());
        assertThat(both.headline().mutuBaku().denominator()).isEqualTo(
                both.comparison().stream().mapToLong(r -> r.mutuBaku().denominator()).sum());
        assertThat(both.headline().openTotal()).isEqualTo(
                both.comparison().stream().mapToLong(r -> r.open().value()).sum());
        assertThat(both.headline().score()).as("a score is one unit's, not pooled").isNull();
        Overview one = overview.overview(TenantScope.of(List.of(TENANT, "setda-sidoarjo-perencanaan")), TENANT,
                quarter);
        assertThat(one.comparison()).isEmpty();
        assertThat(one.headline().mutuBaku()).isEqualTo(both.comparison().get(0).mutuBaku());
        assertThat(one.headline().score()).isEqualTo(both.comparison().get(0).score());
    }

    @Test
    void theTrendEndsWithTheQuartersLastMonthAndItsMonthsAddUpToTheQuarter() {
        Overview o = overview.overview(TenantScope.of(List.of(TENANT)), null, quarter);
        assertThat(o.trend()).hasSize(12);
        LocalDate end = LocalDate.parse(o.trend().get(11).month() + "-01");
        assertThat(end.getMonthValue() % 3).as("a quarter's last month").isZero();
        long quarterRuns = o.trend().subList(9, 12).stream().mapToLong(m -> m.mutuBaku().denominator()).sum();
        assertThat(quarterRuns).isEqualTo(o.headline().mutuBaku().denominator()).isPositive();
        assertThat(o.trend().subList(0, 9)).allSatisfy(m -> assertThat(m.mutuBaku().ratio()).isNull());
    }

    @Test
    void theStepThatSlipsMostIsTheOneWithTheLargestShareOverItsStandard() {
        Overview o = overview.overview(TenantScope.of(List.of(TENANT)), null, quarter);
        Overview.Slip slip = o.slipsMost();
        assertThat(slip).isNotNull();
        double worst = o.sops().stream().flatMap(s -> s.steps().stream()).map(Overview.StepFigure::overRatio)
                .filter(r -> r != null).mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(slip.overRatio()).isEqualTo(worst).isPositive();
        assertThat(slip.step().overran()).isPositive();
    }

    /**
     * The start page without cache: its HTML (with the inline SVG charts) and every stylesheet and
     * script it loads, all from patuh itself, under the 300 KB budget of a kecamatan connection.
     */
    @Test
    void theStartPageWeighsLessThan300KilobytesAndLoadsNothingFromElsewhere() throws Exception {
        for (String[] user : new String[][] {{"sekcam-kemlagi", "sekcam-pw"}, {"inspektur", "inspektur-pw"}}) {
            var page = http.get("/console?period=" + quarter, user[0], user[1]);
            assertThat(page.statusCode()).isEqualTo(200);
            String html = page.body();
            assertThat(html).contains("<svg").contains("data-testid=\"fig-mutu-baku\"");
            long bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            java.util.regex.Matcher assets = java.util.regex.Pattern
                    .compile("<(?:link[^>]*href|script[^>]*src)=\"([^\"]+)\"").matcher(html);
            List<String> loaded = new java.util.ArrayList<>();
            while (assets.find()) {
                String href = assets.group(1);
                assertThat(href).as("no CDN").startsWith("/").doesNotStartWith("//");
                var asset = http.get(href, user[0], user[1]);
                assertThat(asset.statusCode()).as(href).isEqualTo(200);
                bytes += asset.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                loaded.add(href);
            }
            assertThat(loaded).contains("/assets/overview.css", "/assets/console.css");
            System.out.printf("overview page weight for %s: %d bytes (HTML %d + %s)%n", user[0], bytes,
                    html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, loaded);
            assertThat(bytes).as("page weight in bytes for " + user[0]).isLessThan(300_000);
        }
    }

    @Test
    void onThePageAPeriodThatCannotBeUsedShowsTheCurrentQuarterWithAMessage() throws Exception {
        var page = http.get("/console?period=2024", "sekcam-kemlagi", "sekcam-pw");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"overview-problem\"").contains("ikhtisar memakai triwulan")
                .contains("data-testid=\"fig-mutu-baku\"");
        assertThat(http.get("/console?unit=setda-sidoarjo-perencanaan", "sekcam-kemlagi", "sekcam-pw").statusCode())
                .as("another tenant's unit").isEqualTo(404);
        assertThat(http.get("/console", "scraper", "scraper-pw").body()).as("no overview without findings rights")
                .doesNotContain("fig-mutu-baku").contains("Selamat datang");
    }

    @Test
    void aUnitOutsideTheScopeIsNotFoundAndAYearOrGarbageIsRefusedNamingTheParameter() throws Exception {
        assertThat(http.get("/api/overview?unit=setda-sidoarjo-perencanaan", "sekcam-kemlagi", "sekcam-pw")
                .statusCode()).isEqualTo(404);
        var year = http.get("/api/overview?period=2024", "sekcam-kemlagi", "sekcam-pw");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("period").contains("triwulan");
        var garbage = http.get("/api/overview?unit=KEC%20X", "sekcam-kemlagi", "sekcam-pw");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("unit");
        assertThat(http.get("/api/overview", "scraper", "scraper-pw").statusCode()).isEqualTo(403);
        JsonNode evaluator = http.json("/api/overview?period=" + quarter, "evaluator", "evaluator-pw");
        assertThat(evaluator.path("units").size()).as("an all-unit evaluator sees every catalog unit")
                .isEqualTo(demo.tenants().size());
    }
}

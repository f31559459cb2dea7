package id.patuh.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.patuh.messages.Texts;

/** The SVG charts: labelled for screen readers, numbers printed, "over" hatched, text escaped. */
class OverviewChartsTests {

    @Test
    void theTrendLabelsEveryMonthPrintsItsShareAndMarksAMonthWithoutDataInsteadOfDrawingZero() {
        List<Overview.Month> months = new ArrayList<>();
        months.add(new Overview.Month("2024-01", new Overview.Share(0, 0, "/x")));
        months.add(new Overview.Month("2024-02", new Overview.Share(3, 4, "/console/findings?period=2024-Q1")));
        String svg = OverviewCharts.trend(months);

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<title id=\"tren-t\">")
                .contains("<desc id=\"tren-d\">").contains("Jan 2024: —").contains("Feb 2024: 75 %")
                .contains(">75</text>").contains(">Jan</text>").contains(">2024</text>")
                .contains("href=\"/console/findings?period=2024-Q1\"").endsWith("</svg>");
        assertThat(svg.split("class=\"bar-within\"", -1)).as("one bar: the month with data").hasSize(2);
        assertThat(svg).contains(">–</text>");
    }

    @Test
    void stepBarsAreHatchedPrintTheirCountsAndTheMedianAgainstTheStandard() {
        Overview.StepFigure late = new Overview.StepFigure(2, "Verifikasi <berkas> & arsip", 4, 1, "30 menit", 30L,
                45.0, "/console/findings?sop=s&code=DURATION_EXCEEDED");
        Overview.StepFigure none = new Overview.StepFigure(3, "Arsip", 0, 0, null, null, null, "/x");
        String svg = OverviewCharts.steps(new Overview.SopFigure("s", "SOP S",
                new Overview.Share(3, 4, "/y"), List.of(late, none)), 7);

        assertThat(svg).contains("id=\"langkah-7-over\"").contains("fill=\"url(#langkah-7-over)\"")
                .contains("25 % (1/4)").contains("median 45 m (lewat) · baku 30 menit")
                .contains("class=\"median-over\"").contains("class=\"standard\"")
                .contains("2. Verifikasi &lt;berkas&gt; &amp; arsip").doesNotContain("<berkas>")
                .contains("belum ada data").contains("tanpa waktu baku");
    }

    @Test
    void workingMinutesReadAsTheFindingsWriteThem() {
        assertThat(OverviewCharts.minutes(20)).isEqualTo("20 m");
        assertThat(OverviewCharts.minutes(60)).isEqualTo("1 j");
        assertThat(OverviewCharts.minutes(155.4)).isEqualTo("2 j 35 m");
    }

    @Test
    void anEnglishRequestGetsTheChartsWordsInEnglishTheTitleAndDescriptionToo() {
        List<Overview.Month> months = List.of(new Overview.Month("2024-05", new Overview.Share(1, 2, "/x")),
                new Overview.Month("2024-08", new Overview.Share(0, 0, "/x")));
        Overview.StepFigure late = new Overview.StepFigure(2, "Verifikasi", 4, 1, "30 menit", 30L, 155.4, "/z");
        Overview.SopFigure sop = new Overview.SopFigure("s", "SOP S", new Overview.Share(3, 4, "/y"), List.of(late));
        LocaleContextHolder.setLocale(Texts.EN);
        try {
            String trend = OverviewCharts.trend(months);
            assertThat(trend).contains("<title id=\"tren-t\">Mutu Baku compliance by month</title>")
                    .contains("last 2 months. May 2024: 50 %; Aug 2024: —").contains("May 2024: 50 % within Mutu Baku")
                    .contains(">May</text>").contains("% of steps within Mutu Baku (– = no data yet)")
                    .doesNotContain("Tren").doesNotContain("Agu").doesNotContain("bulan");
            assertThat(OverviewCharts.steps(sop, 0)).contains("<title id=\"langkah-0-t\">Steps of SOP S past their Mutu Baku")
                    .contains("median 2 h 35 m (over) · standard 30 menit").contains("2. Verifikasi: 25 % past Mutu Baku")
                    .doesNotContain("lewat").doesNotContain("baku 30");
            assertThat(OverviewCharts.sops(List.of(sop))).contains("Steps past their Mutu Baku, per SOP")
                    .contains("this quarter");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(OverviewCharts.trend(months)).as("outside a request: Bahasa Indonesia")
                .contains("Tren kepatuhan Mutu Baku per bulan").contains(">Agu</text>");
    }
}

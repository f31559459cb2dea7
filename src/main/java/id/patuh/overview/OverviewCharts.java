package id.patuh.overview;

import java.time.YearMonth;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import id.patuh.messages.Texts;

/**
 * The overview's charts as inline SVG, drawn on the server: no script, no CDN, a few kilobytes.
 * Every bar has its number printed beside it and a text label; "over the standard" is hatched as
 * well as coloured; each chart is narrow (360 units) so that a phone shows it at about its size.
 * The words (the {@code <title>} and {@code <desc>} a screen reader reads too) are in the request's language.
 */
@NamedInterface("api")
public final class OverviewCharts {

    static final int WIDTH = 360;
    /** The median bar's track shows up to twice the standard. */
    private static final double MEDIAN_SCALE = 2;

    private OverviewCharts() {
    }

    /** Twelve months of the share of step runs within Mutu Baku: vertical bars, 0–100 %. */
    public static String trend(List<Overview.Month> months) {
        int top = 30;
        int plot = 120;
        int left = 34;
        double slot = (WIDTH - left - 4) / (double) Math.max(1, months.size());
        SvgWriter svg = new SvgWriter("tren", WIDTH, top + plot + 36,
                Texts.current("overview.chart.trend.title"),
                Texts.current("overview.chart.trend.desc", months.size(), describe(months)));
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plot - plot * pct / 100.0;
            svg.line(left, y, WIDTH - 4, y, "grid").text(left - 4, y + 4, "end", "axis", pct + "%");
        }
        for (int i = 0; i < months.size(); i++) {
            Overview.Month m = months.get(i);
            double x = left + i * slot;
            Double ratio = m.mutuBaku().ratio();
            String label = label(m.month());
            if (ratio == null) {
                svg.text(x + slot / 2, top + plot - 4, "middle", "value none", "–");
            } else {
                double h = plot * ratio;
                svg.link(m.mutuBaku().link(),
                        Texts.current("overview.chart.trend.bar", label, SvgWriter.percent(ratio)))
                        .rect(x + 3, top + plot - h, slot - 6, h, "bar-within")
                        .text(x + slot / 2, top + plot - h - 3, "middle", "value", Math.round(100 * ratio) + "")
                        .endLink();
            }
            svg.text(x + slot / 2, top + plot + 14, "middle", "axis", label.substring(0, 3))
                    .text(x + slot / 2, top + plot + 26, "middle", "axis small", label.substring(4));
        }
        return svg.text(left, 11, "start", "axis", Texts.current("overview.chart.trend.axis")).end();
    }

    /** Per SOP, the share of measured step runs over the standard: hatched horizontal bars. */
    public static String sops(List<Overview.SopFigure> sops) {
        return bars("sop", Texts.current("overview.chart.sops.title"), Texts.current("overview.chart.sops.desc"),
                sops.stream().map(s -> new Bar(s.sopName(), s.overRatio(), s.mutuBaku().denominator()
                        - s.mutuBaku().numerator(), s.mutuBaku().denominator(), null, s.mutuBaku().link(), null))
                        .toList());
    }

    /** Per step of one SOP: the share over the standard, and the median working time against the waktu. */
    public static String steps(Overview.SopFigure sop, int index) {
        return bars("langkah-" + index, Texts.current("overview.chart.steps.title", sop.sopName()),
                Texts.current("overview.chart.steps.desc"),
                sop.steps().stream().map(s -> new Bar(s.step() + ". " + s.activity(), s.overRatio(), s.overran(),
                        s.finished(), median(s), s.link(), medianShare(s))).toList());
    }

    private static String bars(String id, String title, String desc, List<Bar> bars) {
        int row = 52;
        int left = 4;
        int barWidth = WIDTH - left - 96;
        SvgWriter svg = new SvgWriter(id, WIDTH, Math.max(1, bars.size()) * row + 6, title, desc);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = i * row + 4;
            svg.text(left, y + 12, "start", "label", shorten(b.label(), 58));
            svg.rect(left, y + 18, barWidth, 12, "bar-track");
            if (b.ratio() == null) {
                svg.text(left + barWidth + 6, y + 28, "start", "value none", Texts.current("overview.chart.no-data"));
            } else {
                svg.link(b.link(), Texts.current("overview.chart.over.bar", b.label(), SvgWriter.percent(b.ratio())))
                        .hatched(id, left, y + 18, barWidth * b.ratio(), 12)
                        .text(left + barWidth + 6, y + 28, "start", "value",
                                SvgWriter.percent(b.ratio()) + " (" + b.over() + "/" + b.of() + ")")
                        .endLink();
            }
            if (b.medianShare() != null) {
                // median against the waktu: the tick marks the standard, the track runs to twice it
                double standardX = left + barWidth / MEDIAN_SCALE;
                svg.rect(left, y + 33, barWidth * Math.min(b.medianShare(), MEDIAN_SCALE) / MEDIAN_SCALE, 4,
                        b.medianShare() > 1 ? "median-over" : "median")
                        .line(standardX, y + 31, standardX, y + 39, "standard");
            }
            if (b.note() != null) {
                svg.text(left, y + 49, "start", "axis", b.note());
            }
        }
        return svg.end();
    }

    /** "median 25 m · baku 15 menit" (the standard in the sheet's words); past the standard it says so in words too. */
    private static String median(Overview.StepFigure s) {
        String standard = s.standard() == null ? Texts.current("overview.chart.no-standard")
                : Texts.current("overview.chart.standard", s.standard());
        if (s.medianMinutes() == null) {
            return standard;
        }
        boolean over = s.standardMinutes() != null && s.medianMinutes() > s.standardMinutes();
        String median = over ? Texts.current("overview.chart.median.over", minutes(s.medianMinutes()))
                : Texts.current("overview.chart.median", minutes(s.medianMinutes()));
        return median + " · " + standard;
    }

    static String minutes(double minutes) {
        long m = Math.round(minutes);
        if (m < 60) {
            return Texts.current("overview.chart.minutes", m);
        }
        return m % 60 == 0 ? Texts.current("overview.chart.hours", m / 60)
                : Texts.current("overview.chart.hours-minutes", m / 60, m % 60);
    }

    /** "Mar 2024" from {@code 2024-03}; every month's short name has three letters in both languages. */
    static String label(String month) {
        YearMonth m = YearMonth.parse(month);
        String[] names = Texts.current("overview.chart.months").split(",");
        return names[m.getMonthValue() - 1] + " " + m.getYear();
    }

    private static String describe(List<Overview.Month> months) {
        StringBuilder text = new StringBuilder();
        for (Overview.Month m : months) {
            text.append(label(m.month())).append(": ").append(m.mutuBaku().percentText()).append("; ");
        }
        return text.toString().strip();
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Median working time over the waktu (1 = exactly the standard); null without either. */
    private static Double medianShare(Overview.StepFigure s) {
        return s.medianMinutes() == null || s.standardMinutes() == null || s.standardMinutes() == 0 ? null
                : s.medianMinutes() / s.standardMinutes();
    }

    private record Bar(String label, Double ratio, long over, long of, String note, String link,
            Double medianShare) {
    }
}

package id.patuh.overview;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.patuh.report.Figure;
import id.patuh.report.OpenFindings;
import id.patuh.report.ReadinessReport;
import id.patuh.report.ReadinessScore;
import id.patuh.report.SopAdherence;

/**
 * Adds the units' report figures up. A ratio of several units is the ratio of their summed
 * counts (never a mean of ratios); the readiness score is one unit's and is not pooled.
 */
final class OverviewPooling {

    static final List<String> SEVERITIES = List.of("tinggi", "sedang", "rendah");

    private final List<UnitFigures> units;
    private final OverviewLinks links;

    OverviewPooling(List<UnitFigures> units, OverviewLinks links) {
        this.units = units;
        this.links = links;
    }

    /** @param oneUnit whether the figures are one unit's: only then is there a score to show */
    Overview.Headline headline(boolean oneUnit) {
        List<Overview.Count> open = SEVERITIES.stream().map(s -> new Overview.Count(s,
                units.stream().mapToLong(u -> u.report().openFindings().count(s)).sum(), links.severity(s))).toList();
        long overdue = units.stream().mapToLong(UnitFigures::overdue).sum();
        ReadinessScore score = oneUnit ? units.get(0).report().score() : null;
        boolean scored = score != null && score.value() != null;
        return new Overview.Headline(share(r -> r.sopTotal().mutuBaku(), links.overStandard(null)), open,
                new Overview.Count("overdue", overdue, links.overdue()),
                share(r -> r.data().ketepatanWaktu(), links.lateData()), scored ? score.value() : null,
                scored ? score.band().name() : null, scored ? score.band().predikat() : null);
    }

    List<Overview.Month> trend() {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Overview.Month> months = new ArrayList<>();
        int count = units.get(0).trend().size();
        for (int i = 0; i < count; i++) {
            int at = i;
            YearMonth month = units.get(0).trend().get(i).month();
            long within = units.stream().mapToLong(u -> u.trend().get(at).mutuBaku().numerator()).sum();
            long total = units.stream().mapToLong(u -> u.trend().get(at).mutuBaku().denominator()).sum();
            String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            months.add(new Overview.Month(month.toString(),
                    new Overview.Share(within, total, links.forPeriod(quarter).overStandard(null))));
        }
        return months;
    }

    List<Overview.UnitRow> comparison() {
        return units.stream().map(u -> {
            OverviewPooling one = new OverviewPooling(List.of(u), links.forUnit(u.unit()));
            Overview.Headline h = one.headline(true);
            Overview.Count open = new Overview.Count("open", h.openTotal(), links.forUnit(u.unit()).unitFindings());
            return new Overview.UnitRow(u.unit(), h.mutuBaku(), open, h.overdue(), h.dataOnTime(), h.score(),
                    h.band(), "/console?unit=" + u.unit() + "&period=" + u.report().period());
        }).toList();
    }

    /** Most severe first, then oldest, as the report lists them; across units the same order. */
    List<Overview.Attention> attention(int limit) {
        return units.stream().flatMap(u -> u.report().openFindings().items().stream())
                .sorted(Comparator.comparingInt((OpenFindings.Item i) -> rank(i.severity()))
                        .thenComparing(Comparator.comparingLong(OpenFindings.Item::ageDays).reversed())
                        .thenComparing(OpenFindings.Item::id))
                .limit(limit)
                .map(i -> new Overview.Attention(i.id(), i.code(), i.severity(), i.status(), i.unit(), i.subject(),
                        i.ageDays(), i.message(), OverviewLinks.finding(i.id())))
                .toList();
    }

    /** Per SOP code, the report's Mutu Baku measure summed over the units (steps are added by the caller). */
    List<Overview.SopFigure> perSop() {
        Map<String, List<SopAdherence>> bySop = new LinkedHashMap<>();
        units.forEach(u -> u.report().sops().forEach(s -> bySop.computeIfAbsent(s.sopCode(), k -> new ArrayList<>())
                .add(s)));
        return bySop.values().stream().map(list -> new Overview.SopFigure(list.get(0).sopCode(),
                list.get(0).sopName(), new Overview.Share(list.stream().mapToLong(s -> s.mutuBaku().numerator()).sum(),
                        list.stream().mapToLong(s -> s.mutuBaku().denominator()).sum(),
                        links.overStandard(list.get(0).sopCode())), List.of())).toList();
    }

    private Overview.Share share(Function<ReadinessReport, Figure> figure, String link) {
        long numerator = units.stream().mapToLong(u -> figure.apply(u.report()).numerator()).sum();
        long denominator = units.stream().mapToLong(u -> figure.apply(u.report()).denominator()).sum();
        return new Overview.Share(numerator, denominator, link);
    }

    private static int rank(String severity) {
        int i = SEVERITIES.indexOf(severity);
        return i < 0 ? SEVERITIES.size() : i;
    }
}

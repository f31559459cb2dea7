package id.patuh.report;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.patuh.calendar.CalendarService;
import id.patuh.catalog.Sop;

/** Turns the stored data of one unit and period into the readiness report; pure. */
final class ReadinessCalculator {

    private final Function<String, Optional<Sop>> sops;
    private final CalendarService calendars;
    private final ReportProperties properties;

    ReadinessCalculator(Function<String, Optional<Sop>> sops, CalendarService calendars,
            ReportProperties properties) {
        this.sops = sops;
        this.calendars = calendars;
        this.properties = properties;
    }

    /** The SOP measures as of a time, for a report or a cut of one (a month of a trend). */
    SopAdherenceCalculator adherence(Instant asOf) {
        return new SopAdherenceCalculator(sops, calendars, asOf);
    }

    ReadinessReport of(ReportData d) {
        HeldFindings held = new HeldFindings(d.findings());
        DataReadiness data = new DataReadinessCalculator(d.asOf()).of(d.subjects(), held);
        var perSop = adherence(d.asOf()).of(d.cases(), held);
        SopAdherence total = SopAdherence.total(perSop);
        OpenFindings open = new OpenFindingsCalculator(d.asOf()).of(d.findings());
        ReadinessScore score = new ScoreCalculator(properties).score(data, total, open);
        return new ReadinessReport(d.unit().code(), d.period().label(), d.period().title(),
                d.period().dataPeriods().stream().toList(), d.asOf(),
                calendars.forUnit(d.unit().code()).zone().getId(), score, data, perSop, total, open,
                ReadinessReport.DISCLAIMER, Map.of());
    }
}

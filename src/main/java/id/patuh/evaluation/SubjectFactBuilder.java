package id.patuh.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.patuh.calendar.DayCounting;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.evaluation.fact.CapaianBand;
import id.patuh.evaluation.fact.EvaluationTime;
import id.patuh.evaluation.fact.RealizationFact;
import id.patuh.evaluation.fact.RecordFact;
import id.patuh.evaluation.fact.SubmissionStatus;

/** Turns one (unit, indicator, period) into facts: its submission status, records and values. */
final class SubjectFactBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final java.util.regex.Pattern WHOLE_YEAR = java.util.regex.Pattern.compile("\\d{4}");

    private final SubjectInput input;
    private final VerificationWindow window;

    private SubjectFactBuilder(SubjectInput input, VerificationWindow window) {
        this.input = input;
        this.window = window;
    }

    static List<Object> build(SubjectInput input, VerificationWindow window) {
        return new SubjectFactBuilder(input, window).facts();
    }

    private List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new EvaluationTime(input.now(), text(input.now())));
        submissionStatus().ifPresent(facts::add);
        List<IndicatorRecord> records = input.records().stream()
                .sorted(Comparator.comparing(IndicatorRecord::recordId)).toList();
        for (IndicatorRecord record : records) {
            facts.add(recordFact(record));
            RealizationFact values = realization(record);
            facts.add(values);
            if (values.capaian() != null) {
                facts.add(new CapaianBand(record.recordId(), record.indicatorCode()));
            }
        }
        return facts;
    }

    /** Only when something was requested: without a request nothing can be missing or late. */
    private Optional<SubmissionStatus> submissionStatus() {
        Optional<Instant> due = input.requests().stream().map(DataRequest::dueAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndicatorRecord> first = input.records().stream()
                .filter(r -> r.submittedAt() != null && !r.submittedAt().isAfter(input.now()))
                .min(Comparator.comparing(IndicatorRecord::submittedAt).thenComparing(IndicatorRecord::recordId));
        List<String> requestIds = input.requests().stream().map(DataRequest::requestId).sorted().toList();
        return Optional.of(new SubmissionStatus(input.unit(), input.indicatorCode(), input.period(),
                due.get(), text(due.get()), requestIds,
                first.map(IndicatorRecord::submittedAt).orElse(null),
                first.map(r -> text(r.submittedAt())).orElse(null),
                first.map(IndicatorRecord::recordId).orElse(null)));
    }

    private RecordFact recordFact(IndicatorRecord r) {
        Instant verificationDue = r.submittedAt() == null ? null
                : window.dueAt(input.calendar(), r.submittedAt());
        DayCounting counting = input.calendar().dayCounting();
        return new RecordFact(r.recordId(), r.unit(), r.indicatorCode(), r.period(),
                Names.blankToNull(r.submittedBy()), Names.key(r.submittedBy()), r.submittedAt(),
                text(r.submittedAt()), Names.blankToNull(r.verifiedBy()), Names.key(r.verifiedBy()),
                r.verifiedAt(), verificationDue, text(verificationDue),
                window.text(counting), window.textEn(counting));
    }

    private RealizationFact realization(IndicatorRecord r) {
        List<String> negative = new ArrayList<>();
        addIfNegative(negative, "target_annual", r.targetAnnual());
        addIfNegative(negative, "target_period", r.targetPeriod());
        addIfNegative(negative, "realization", r.realization());
        boolean lowerBetter = "lower-better".equalsIgnoreCase(Names.blankToNull(r.direction()));
        BigDecimal target = target(r);
        return new RealizationFact(r.recordId(), r.unit(), r.indicatorCode(), r.period(), target,
                r.realization(), lowerBetter, capaian(r.realization(), target, lowerBetter), negative,
                isTarget(r.targetPeriod()) || isTarget(r.targetAnnual()));
    }

    private static boolean isTarget(BigDecimal value) {
        return value != null && value.signum() != 0;
    }

    /**
     * The target the realization is measured against: target_period, or for a whole-year period
     * ({@code 2024}) without one, target_annual (semantics.md v2, "Annual indicator records").
     */
    static BigDecimal target(IndicatorRecord r) {
        if (r.targetPeriod() == null && r.period() != null && WHOLE_YEAR.matcher(r.period().strip()).matches()) {
            return r.targetAnnual();
        }
        return r.targetPeriod();
    }

    /** interchange §2; undefined (null) without realization or with a zero or missing target. */
    static BigDecimal capaian(BigDecimal realization, BigDecimal target, boolean lowerBetter) {
        if (realization == null || target == null || target.signum() == 0) {
            return null;
        }
        BigDecimal share = realization.divide(target, MathContext.DECIMAL64);
        return (lowerBetter ? TWO.subtract(share) : share).multiply(HUNDRED).stripTrailingZeros();
    }

    private static void addIfNegative(List<String> names, String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            names.add(name);
        }
    }

    private String text(Instant t) {
        return TimeText.instant(t, input.calendar().zone());
    }
}

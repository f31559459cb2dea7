package id.patuh.evaluation.fact;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule raises: one finding before severity and id are attached. A rule builds it in its
 * consequence ({@code insert(Violation.raisedBy(drools.getRule().getName()).onStep($run)...)});
 * the first matching row of {@code severity.drl.csv} then sets its severity.
 *
 * <p>The finding code is read from the rule name, which by convention starts with it, so a rule
 * cannot raise a code its name does not announce.
 */
public final class Violation {

    /** The codes of interchange §5. */
    public static final Set<String> CODES = Set.of("MISSING_SUBMISSION", "LATE_SUBMISSION",
            "DURATION_EXCEEDED", "UNVERIFIED_DATA", "SELF_VERIFICATION", "STEP_SKIPPED",
            "STEP_OUT_OF_ORDER", "WRONG_EXECUTOR", "MISSING_KELENGKAPAN", "MISSING_OUTPUT",
            "REALIZATION_ANOMALY", "SOP_NOT_RATIFIED", "DECISION_NOT_FOLLOWED", "DECISION_NOT_RECORDED");

    /** The tag of a finding about a step whose executors the catalog inferred (severity table: "CODE (tag)"). */
    public static final String EXECUTORS_INFERRED = "executors_inferred";

    /** A severity-table code cell with a qualifier: {@code WRONG_EXECUTOR (executors_inferred)}. */
    private static final java.util.regex.Pattern QUALIFIED =
            java.util.regex.Pattern.compile("(\\S+)\\s*\\(\\s*([^)]*?)\\s*\\)");

    private final String rule;
    private final String code;
    private final Subject subject = new Subject();
    private final TreeSet<String> evidence = new TreeSet<>();
    private final TreeSet<String> tags = new TreeSet<>();
    private String message;
    private String messageEn;
    private double ratio;
    private String severity;
    private java.time.Instant brokenAt;

    private Violation(String rule, String code) {
        this.rule = rule;
        this.code = code;
    }

    /** @throws IllegalArgumentException when the rule name does not start with a finding code */
    public static Violation raisedBy(String ruleName) {
        String code = ruleName.strip().split("\\s+", 2)[0];
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("Rule \"" + ruleName + "\" does not start with a finding code "
                    + "(one of " + new TreeSet<>(CODES) + ")");
        }
        return new Violation(ruleName, code);
    }

    public Violation onStep(StepRun run) {
        subject.step(run.sopCode(), run.caseId(), run.unit(), run.stepNo());
        subject.ref = run.eventId();
        evidence.add(run.eventId());
        return this;
    }

    public Violation onStep(StepDefinition step) {
        subject.step(step.sopCode(), step.caseId(), step.unit(), step.stepNo());
        return this;
    }

    public Violation onSubject(SubmissionStatus status) {
        subject.indicator(status.unit(), status.indicatorCode(), status.period());
        evidence.addAll(status.requestIds());
        return this;
    }

    public Violation onRecord(RecordFact record) {
        subject.indicator(record.unit(), record.indicatorCode(), record.period());
        subject.ref = record.recordId();
        evidence.add(record.recordId());
        return this;
    }

    public Violation onRecord(RealizationFact record) {
        subject.indicator(record.unit(), record.indicatorCode(), record.period());
        subject.ref = record.recordId();
        evidence.add(record.recordId());
        return this;
    }

    public Violation onSop(SopFact sop) {
        subject.sopCode = sop.sopCode();
        return this;
    }

    /** Adds ids of events, records or requests, or of the facts that carry them. */
    public Violation evidence(Collection<?> items) {
        items.forEach(item -> evidence.add(RuleText.idOf(item)));
        return this;
    }

    public Violation evidence(String id) {
        if (id != null) {
            evidence.add(id);
        }
        return this;
    }

    /**
     * The instant the rule was broken (the finding's {@code dilanggar_pada}): for a duration rule the
     * step's start plus its Mutu Baku on the unit's calendar, for a deadline rule the deadline. The
     * facts already carry these instants, computed once with the calendar the rule itself used, so
     * the finding's age and the rule can never disagree. Left unset, the age counts from detection.
     */
    public Violation brokenAt(java.time.Instant instant) {
        this.brokenAt = instant;
        return this;
    }

    public java.time.Instant getBrokenAt() {
        return brokenAt;
    }

    /** How far past its standard a step ran; the severity table reads it. */
    public Violation ratio(double value) {
        this.ratio = value;
        return this;
    }

    public Violation says(String indonesian, String english) {
        this.message = indonesian;
        this.messageEn = english;
        return this;
    }

    /** Marks what the severity table may tell apart, e.g. {@link #EXECUTORS_INFERRED}. */
    public Violation tagged(String tag) {
        tags.add(tag);
        return this;
    }

    /** A mark given with {@link #tagged}. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /**
     * Whether a severity-table row naming {@code wanted} applies: {@code *} applies to every code;
     * {@code CODE (tag)} only to findings of that code marked with that tag.
     */
    public boolean matchesCode(String wanted) {
        String text = wanted == null ? "" : wanted.strip();
        java.util.regex.Matcher qualified = QUALIFIED.matcher(text);
        if (qualified.matches()) {
            return matchesCode(qualified.group(1)) && tags.contains(qualified.group(2));
        }
        return text.equals("*") || text.equalsIgnoreCase(code);
    }

    /** Whether a severity-override row naming SOP {@code wanted} applies (case-insensitive). */
    public boolean matchesSop(String wanted) {
        return wanted != null && wanted.strip().equalsIgnoreCase(subject.sopCode);
    }

    /** Whether a severity-override row naming step {@code wanted} applies. */
    public boolean matchesStep(int wanted) {
        return subject.stepNo != null && subject.stepNo == wanted;
    }

    public String getRule() {
        return rule;
    }

    public String getCode() {
        return code;
    }

    public double getRatio() {
        return ratio;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getMessage() {
        return message;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public List<String> getEvidence() {
        return List.copyOf(evidence);
    }

    public String getSopCode() {
        return subject.sopCode;
    }

    public String getCaseId() {
        return subject.caseId;
    }

    public Integer getStepNo() {
        return subject.stepNo;
    }

    public String getUnit() {
        return subject.unit;
    }

    public String getIndicatorCode() {
        return subject.indicatorCode;
    }

    public String getPeriod() {
        return subject.period;
    }

    /** The event or record the finding is about, when it is about one; part of the finding's identity. */
    public String getSubjectRef() {
        return subject.ref;
    }

    @Override
    public String toString() {
        return "Violation[" + rule + ", " + severity + ", " + message + "]";
    }

    /** Where a finding applies (interchange §5). */
    private static final class Subject {
        String sopCode;
        String caseId;
        Integer stepNo;
        String unit;
        String indicatorCode;
        String period;
        String ref;

        void step(String sop, String caseId, String unit, int stepNo) {
            this.sopCode = sop;
            this.caseId = caseId;
            this.unit = unit;
            this.stepNo = stepNo;
        }

        void indicator(String unit, String indicatorCode, String period) {
            this.unit = unit;
            this.indicatorCode = indicatorCode;
            this.period = period;
        }
    }
}

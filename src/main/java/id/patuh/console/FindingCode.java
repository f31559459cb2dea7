package id.patuh.console;

import java.util.Arrays;
import java.util.Optional;

import id.patuh.messages.Text;

/**
 * The finding codes of interchange.md §5 with what they mean in words an auditor reads; the
 * meanings follow shared/spec/semantics.md and docs/rules.md. Both in the request's language.
 */
enum FindingCode {
    MISSING_SUBMISSION(new Text("console.finding.code.missing-submission"),
            new Text("console.finding.code.missing-submission.meaning")),
    LATE_SUBMISSION(new Text("console.finding.code.late-submission"),
            new Text("console.finding.code.late-submission.meaning")),
    DURATION_EXCEEDED(new Text("console.finding.code.duration-exceeded"),
            new Text("console.finding.code.duration-exceeded.meaning")),
    UNVERIFIED_DATA(new Text("console.finding.code.unverified-data"),
            new Text("console.finding.code.unverified-data.meaning")),
    SELF_VERIFICATION(new Text("console.finding.code.self-verification"),
            new Text("console.finding.code.self-verification.meaning")),
    STEP_SKIPPED(new Text("console.finding.code.step-skipped"),
            new Text("console.finding.code.step-skipped.meaning")),
    STEP_OUT_OF_ORDER(new Text("console.finding.code.step-out-of-order"),
            new Text("console.finding.code.step-out-of-order.meaning")),
    WRONG_EXECUTOR(new Text("console.finding.code.wrong-executor"),
            new Text("console.finding.code.wrong-executor.meaning")),
    MISSING_KELENGKAPAN(new Text("console.finding.code.missing-kelengkapan"),
            new Text("console.finding.code.missing-kelengkapan.meaning")),
    MISSING_OUTPUT(new Text("console.finding.code.missing-output"),
            new Text("console.finding.code.missing-output.meaning")),
    REALIZATION_ANOMALY(new Text("console.finding.code.realization-anomaly"),
            new Text("console.finding.code.realization-anomaly.meaning")),
    SOP_NOT_RATIFIED(new Text("console.finding.code.sop-not-ratified"),
            new Text("console.finding.code.sop-not-ratified.meaning")),
    DECISION_NOT_FOLLOWED(new Text("console.finding.code.decision-not-followed"),
            new Text("console.finding.code.decision-not-followed.meaning")),
    DECISION_NOT_RECORDED(new Text("console.finding.code.decision-not-recorded"),
            new Text("console.finding.code.decision-not-recorded.meaning"));

    private final Text label;
    private final Text meaning;

    FindingCode(Text label, Text meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    static Optional<FindingCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The short label for lists and the filter. */
    String label() {
        return label.current();
    }

    String meaning() {
        return meaning.current();
    }

    /** The label of a code, or the code itself when this console does not know it (a newer rule). */
    static String labelOf(String code) {
        return of(code).map(FindingCode::label).orElse(code);
    }
}

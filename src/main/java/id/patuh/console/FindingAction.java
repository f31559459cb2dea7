package id.patuh.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.patuh.findings.FindingStatus;
import id.patuh.findings.FollowUpStep;
import id.patuh.messages.Texts;

/**
 * The follow-up steps as the console's forms post them ({@code POST /console/findings/{id}/{path}}),
 * with their labels. Which of them a caller sees follows the step's actor: the inspektorat's
 * decisions, or the unit's report.
 */
enum FindingAction {
    REKOMENDASI(FollowUpStep.REKOMENDASI),
    TINDAK_LANJUT(FollowUpStep.TINDAK_LANJUT),
    SESUAI(FollowUpStep.SESUAI),
    TIDAK_DAPAT(FollowUpStep.TIDAK_DAPAT_DITINDAKLANJUTI),
    PENGECUALIAN(FollowUpStep.PENGECUALIAN),
    BUKA(FollowUpStep.BUKA);

    private final FollowUpStep step;

    FindingAction(FollowUpStep step) {
        this.step = step;
    }

    static Optional<FindingAction> of(String path) {
        return Arrays.stream(values()).filter(a -> a.step.path().equals(path)).findFirst();
    }

    /** The steps open from a status, in the order the forms appear. */
    static List<FindingAction> from(FindingStatus status) {
        return Arrays.stream(values()).filter(a -> a.step.allowedFrom(status)).toList();
    }

    FollowUpStep step() {
        return step;
    }

    public String path() {
        return step.path();
    }

    /** Taken by the unit (its OPERATOR or SEKCAM), not by the inspektorat. */
    public boolean byUnit() {
        return step.actor() == FollowUpStep.Actor.UNIT;
    }

    public boolean recommends() {
        return step == FollowUpStep.REKOMENDASI;
    }

    /** The form's button, in the request's language (literal keys, so the bundle test sees them). */
    public String button() {
        return switch (this) {
            case REKOMENDASI -> Texts.current("console.finding.action.rekomendasi.button");
            case TINDAK_LANJUT -> Texts.current("console.finding.action.tindak-lanjut.button");
            case SESUAI -> Texts.current("console.finding.action.sesuai.button");
            case TIDAK_DAPAT -> Texts.current("console.finding.action.tidak-dapat.button");
            case PENGECUALIAN -> Texts.current("console.finding.action.pengecualian.button");
            case BUKA -> Texts.current("console.finding.action.buka.button");
        };
    }

    public String noteLabel() {
        return switch (this) {
            case REKOMENDASI -> Texts.current("console.finding.action.rekomendasi.note");
            case TINDAK_LANJUT -> Texts.current("console.finding.action.tindak-lanjut.note");
            case SESUAI -> Texts.current("console.finding.action.sesuai.note");
            case TIDAK_DAPAT -> Texts.current("console.finding.action.tidak-dapat.note");
            case PENGECUALIAN -> Texts.current("console.finding.action.pengecualian.note");
            case BUKA -> Texts.current("console.finding.action.buka.note");
        };
    }

    FindingNotice done() {
        return FindingNotice.ok(switch (this) {
            case REKOMENDASI -> Texts.current("console.finding.action.rekomendasi.done");
            case TINDAK_LANJUT -> Texts.current("console.finding.action.tindak-lanjut.done");
            case SESUAI -> Texts.current("console.finding.action.sesuai.done");
            case TIDAK_DAPAT -> Texts.current("console.finding.action.tidak-dapat.done");
            case PENGECUALIAN -> Texts.current("console.finding.action.pengecualian.done");
            case BUKA -> Texts.current("console.finding.action.buka.done");
        });
    }

    /** What to tell when the note is empty. */
    FindingNotice noteMissing() {
        return FindingNotice.error(Texts.current("console.finding.note.missing", noteLabel()));
    }
}

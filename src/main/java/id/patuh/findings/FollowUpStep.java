package id.patuh.findings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static id.patuh.findings.FindingStatus.BELUM_DITINDAKLANJUTI;
import static id.patuh.findings.FindingStatus.DALAM_PROSES;
import static id.patuh.findings.FindingStatus.DIKECUALIKAN;
import static id.patuh.findings.FindingStatus.TERBUKA;

/**
 * The steps of the follow-up, each with the statuses it may start from, where it leads and who
 * takes it. The security rules let only that role reach the step's endpoint; the tenant scope
 * limits it to the findings of the caller's units.
 */
public enum FollowUpStep {
    /** The inspektorat accepts the finding as an audit item, with its recommendation. */
    REKOMENDASI("rekomendasi", Actor.INSPEKTORAT, EnumSet.of(TERBUKA)),
    /** The unit reports what it did; the auditor has yet to judge it. */
    TINDAK_LANJUT("tindak-lanjut", Actor.UNIT, EnumSet.of(BELUM_DITINDAKLANJUTI, DALAM_PROSES)),
    /** The auditor accepts the reported follow-up as matching the recommendation. */
    SESUAI("sesuai", Actor.INSPEKTORAT, EnumSet.of(DALAM_PROSES)),
    /** The auditor decides the recommendation cannot be acted on (reason required). */
    TIDAK_DAPAT_DITINDAKLANJUTI("tidak-dapat-ditindaklanjuti", Actor.INSPEKTORAT,
            EnumSet.of(BELUM_DITINDAKLANJUTI, DALAM_PROSES)),
    /** Not an audit item (justification required); possible until the unit has acted. */
    PENGECUALIAN("pengecualian", Actor.INSPEKTORAT, EnumSet.of(TERBUKA, BELUM_DITINDAKLANJUTI)),
    /** Undoes a settlement: an exception goes back to terbuka, a settled item back to dalam proses. */
    BUKA("buka", Actor.INSPEKTORAT, EnumSet.of(DIKECUALIKAN,
            FindingStatus.SESUAI, FindingStatus.TIDAK_DAPAT_DITINDAKLANJUTI));

    /** Who takes a step. */
    public enum Actor {
        /** The inspektorat's auditors. */
        INSPEKTORAT,
        /** The unit itself: its OPERATOR or SEKCAM. */
        UNIT
    }

    private final String path;
    private final Actor actor;
    private final Set<FindingStatus> from;

    FollowUpStep(String path, Actor actor, Set<FindingStatus> from) {
        this.path = path;
        this.actor = actor;
        this.from = from;
    }

    /** The last part of the step's endpoint, {@code POST /api/findings/{id}/{path}}. */
    public String path() {
        return path;
    }

    public Actor actor() {
        return actor;
    }

    public boolean allowedFrom(FindingStatus status) {
        return from.contains(status);
    }

    /** The status after the step, taken from {@code status} (which must be allowed). */
    public FindingStatus target(FindingStatus status) {
        return switch (this) {
            case REKOMENDASI -> BELUM_DITINDAKLANJUTI;
            case TINDAK_LANJUT -> DALAM_PROSES;
            case SESUAI -> FindingStatus.SESUAI;
            case TIDAK_DAPAT_DITINDAKLANJUTI -> FindingStatus.TIDAK_DAPAT_DITINDAKLANJUTI;
            case PENGECUALIAN -> DIKECUALIKAN;
            case BUKA -> status == DIKECUALIKAN ? TERBUKA : DALAM_PROSES;
        };
    }

    public static Optional<FollowUpStep> of(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    /** The labels a step may start from, for messages. */
    String fromLabels() {
        return String.join(", ", from.stream().map(FindingStatus::label).toList());
    }
}

package id.patuh.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the start found after a crash: the store opened at an older version than the last one
 * it acknowledged (H2 skipped a damaged newest chunk, or the file was rolled back), and which
 * acknowledged rows of the id registry are therefore missing and must be sent again.
 *
 * @param acknowledgedVersion the newest version the previous run acknowledged (from the journal)
 * @param openedVersion       the version the store opened at
 * @param damagedCopy         the copy of the damaged file, when it had to be rolled back to open
 * @param problem             why it could not be opened as it was
 * @param missingCount        acknowledged registry ids the store does not hold
 * @param missingIds          the first {@value #LISTED} of them
 */
public record StoreRecovery(Instant at, long acknowledgedVersion, long openedVersion, Optional<Path> damagedCopy,
        Optional<String> problem, long missingCount, List<String> missingIds) {

    static final int LISTED = 100;

    /** For the health endpoint. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("at", at.toString());
        details.put("message", "Penyimpanan dibuka pada versi lebih lama daripada yang terakhir dikonfirmasi; kirim "
                + "ulang baris yang hilang / the store opened at an older version than the last acknowledged one; "
                + "send the missing rows again");
        details.put("acknowledgedVersion", acknowledgedVersion);
        details.put("openedVersion", openedVersion);
        damagedCopy.ifPresent(copy -> details.put("damagedCopy", copy.toString()));
        problem.ifPresent(text -> details.put("problem", text));
        details.put("missingAcknowledgedRows", missingCount);
        details.put("missingIds", missingIds);
        return details;
    }
}

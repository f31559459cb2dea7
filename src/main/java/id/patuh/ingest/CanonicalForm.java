package id.patuh.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.IngestRecord;

/**
 * The content fingerprint that decides "identical re-send" (a duplicate) versus "same id,
 * other content" (a conflict). Values are normalised first, so {@code 12.50} and {@code 12.5},
 * or {@code 09:00+07:00} and {@code 02:00Z}, count as the same content.
 */
final class CanonicalForm {

    private CanonicalForm() {
    }

    static String hash(IngestRecord record) {
        return sha256(text(record));
    }

    static String text(IngestRecord record) {
        StringJoiner joiner = new StringJoiner("\u001f");
        normalised(record).forEach(joiner::add);
        return joiner.toString();
    }

    /**
     * Whether {@code later} only fills fields that are empty in {@code earlier} and changes no
     * value: a running step that now has its finished_at, a record that is now verified.
     */
    static boolean fillsBlanksOf(IngestRecord later, IngestRecord earlier) {
        List<String> before = normalised(earlier);
        List<String> after = normalised(later);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).isEmpty() && !before.get(i).equals(after.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> normalised(IngestRecord record) {
        return values(record).stream().map(CanonicalForm::value).toList();
    }

    private static List<Object> values(IngestRecord record) {
        if (record instanceof ActivityEvent e) {
            return List.of(nz(e.eventId()), nz(e.sopCode()), nz(e.caseId()), nz(e.unit()), e.stepNo(),
                    nz(e.actorRole()), nz(e.actorId()), nz(e.startedAt()), nz(e.finishedAt()),
                    String.join(";", e.kelengkapan()), nz(e.output()), nz(e.decision()));
        }
        if (record instanceof IndicatorRecord r) {
            return List.of(nz(r.recordId()), nz(r.unit()), nz(r.indicatorCode()), nz(r.indicatorName()),
                    nz(r.level()), nz(r.period()), nz(r.targetAnnual()), nz(r.targetPeriod()), nz(r.realization()),
                    nz(r.direction()), nz(r.submittedBy()), nz(r.submittedAt()), nz(r.verifiedBy()),
                    nz(r.verifiedAt()), nz(r.validatedBy()), nz(r.validatedAt()));
        }
        DataRequest q = (DataRequest) record;
        return List.of(nz(q.requestId()), nz(q.caseId()), nz(q.unit()), nz(q.indicatorCode()), nz(q.period()),
                nz(q.dueAt()));
    }

    private static Object nz(Object value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String value(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

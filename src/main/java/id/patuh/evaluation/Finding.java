package id.patuh.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.evaluation.fact.Violation;

/**
 * One finding (interchange.md §5).
 *
 * @param id             hex SHA-256 (32 characters) of code and subject: the same code about the
 *                       same subject is the same finding, however often it is evaluated
 * @param severity       {@code rendah}, {@code sedang} or {@code tinggi}
 * @param rule           the name of the Drools rule that raised it
 * @param message        Bahasa Indonesia; {@code messageEn} English
 * @param evidence       ids of the events, records or requests that prove it, sorted
 * @param detectedAt     the evaluation time the finding holds at
 * @param ruleSetVersion {@link RuleEngine#version()} of the rules that raised it
 * @param sopVersion     the {@code tanggal_efektif} of the SOP version the finding was judged by;
 *                       null without an SOP, or for an SOP known in one undated version
 * @param brokenAt       the instant the rule was broken (the due instant of a duration or deadline
 *                       rule); null for rules without one, whose age then counts from detection
 */
public record Finding(
        String id,
        String code,
        String severity,
        String sopCode,
        String caseId,
        Integer stepNo,
        String unit,
        String indicatorCode,
        String period,
        String rule,
        String message,
        String messageEn,
        List<String> evidence,
        Instant detectedAt,
        String ruleSetVersion,
        String sopVersion,
        Instant brokenAt) {

    /** Every code a rule can raise (interchange.md §5): metrics register a series per code at start. */
    public static final Set<String> CODES = Violation.CODES;

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** A finding that names no SOP version. */
    public Finding(String id, String code, String severity, String sopCode, String caseId, Integer stepNo,
            String unit, String indicatorCode, String period, String rule, String message, String messageEn,
            List<String> evidence, Instant detectedAt, String ruleSetVersion) {
        this(id, code, severity, sopCode, caseId, stepNo, unit, indicatorCode, period, rule, message, messageEn,
                evidence, detectedAt, ruleSetVersion, null, null);
    }

    /** A finding without a due instant (its age counts from detection). */
    public Finding(String id, String code, String severity, String sopCode, String caseId, Integer stepNo,
            String unit, String indicatorCode, String period, String rule, String message, String messageEn,
            List<String> evidence, Instant detectedAt, String ruleSetVersion, String sopVersion) {
        this(id, code, severity, sopCode, caseId, stepNo, unit, indicatorCode, period, rule, message, messageEn,
                evidence, detectedAt, ruleSetVersion, sopVersion, null);
    }

    /** This finding judged by SOP version {@code label}, with {@code note} (may be empty) after each message. */
    Finding judgedBy(String label, String note, String noteEn) {
        return new Finding(id, code, severity, sopCode, caseId, stepNo, unit, indicatorCode, period, rule,
                message + note, messageEn + noteEn, evidence, detectedAt, ruleSetVersion, label, brokenAt);
    }

    /**
     * The id of a finding: code plus every subject field, plus the event or record id for
     * findings about one event or record ({@code subjectRef}, else null).
     */
    public static String idOf(String code, String sopCode, String caseId, Integer stepNo, String unit,
            String indicatorCode, String period, String subjectRef) {
        // \u001f (unit separator) cannot occur in ids, so "a|b" + "c" never collides with "a" + "b|c".
        String key = Arrays.asList(code, sopCode, caseId, stepNo, unit, indicatorCode, period, subjectRef)
                .stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining("\u001f"));
        return sha256Hex(key).substring(0, 32);
    }

    static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package id.patuh.evaluation.fact;

import java.time.Instant;

import org.kie.api.definition.type.ClassReactive;

/**
 * One indicator record, as the submission and verification rules see it.
 *
 * @param submittedByKey     submitted_by lower-cased with whitespace removed; null when blank
 * @param verifiedByKey      verified_by the same way; null when blank
 * @param verificationDueAt  submitted_at plus the verification window on the unit's calendar;
 *                           null when not submitted
 * @param windowText         the window, e.g. {@code 5 hari kerja}; {@code windowTextEn} {@code 5 working days}
 */
@ClassReactive
public record RecordFact(
        String recordId,
        String unit,
        String indicatorCode,
        String period,
        String submittedBy,
        String submittedByKey,
        Instant submittedAt,
        String submittedText,
        String verifiedBy,
        String verifiedByKey,
        Instant verifiedAt,
        Instant verificationDueAt,
        String verificationDueText,
        String windowText,
        String windowTextEn) {
}

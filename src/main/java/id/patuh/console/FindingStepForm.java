package id.patuh.console;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.patuh.findings.Recommendation;
import id.patuh.messages.Texts;

/**
 * The fields of the follow-up forms, as posted. Every form has {@code note}; the recommendation
 * form has {@code rekomendasi}, {@code penanggungJawab}, {@code batasWaktu} and, optionally,
 * {@code sebab} (the cause the auditor found) instead; the
 * unit's report may list evidence ids in {@code bukti} (comma or line separated) until
 * attachments can be uploaded. Serializable: a refused form's text crosses the redirect back to
 * the page as a flash attribute, in the session kept in the store.
 */
record FindingStepForm(String note, String rekomendasi, String penanggungJawab, String batasWaktu, String sebab,
        String bukti) implements Serializable {

    /** What is wrong with the form for this step, told in the page's words. */
    Optional<FindingNotice> problem(FindingAction action) {
        if (action.recommends()) {
            if (blank(rekomendasi) || blank(penanggungJawab) || blank(batasWaktu)) {
                return Optional.of(FindingNotice.error(Texts.current("console.finding.form.recommendation.missing")));
            }
            if (dueDate() == null) {
                return Optional.of(FindingNotice.error(Texts.current("console.finding.form.due.invalid")));
            }
            return tooLong(rekomendasi) ? Optional.of(tooLongNotice()) : Optional.empty();
        }
        if (blank(note)) {
            return Optional.of(action.noteMissing());
        }
        return tooLong(note) ? Optional.of(tooLongNotice()) : Optional.empty();
    }

    Recommendation recommendation() {
        return new Recommendation(rekomendasi, penanggungJawab, dueDate(), sebab);
    }

    List<String> buktiIds() {
        return blank(bukti) ? List.of() : Arrays.stream(bukti.split("[,\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private LocalDate dueDate() {
        try {
            return LocalDate.parse(batasWaktu.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean tooLong(String text) {
        return text.length() > FindingPagesController.MAX_NOTE;
    }

    private static FindingNotice tooLongNotice() {
        return FindingNotice.error(
                Texts.current("console.finding.form.note.too-long", FindingPagesController.MAX_NOTE));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

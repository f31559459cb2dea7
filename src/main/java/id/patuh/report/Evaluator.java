package id.patuh.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import id.patuh.messages.Text;
import id.patuh.security.CallerScope;
import id.patuh.security.Role;

/**
 * Who signs an evaluation form and when, as the evaluator typed it or by default: the signed-in
 * INSPEKTORAT or EVALUATOR (the accounts carry no separate display name, so their user name),
 * nobody for other roles (a Sekcam reading the form is not its evaluator).
 */
record Evaluator(String name, LocalDate date) {

    static final int MAX_NAME = 200;
    private static final Set<Role> EVALUATORS = EnumSet.of(Role.INSPEKTORAT, Role.EVALUATOR);

    /**
     * @param name  the {@code penilai} parameter; null for the default, blank for none
     * @param date  the {@code tanggal} parameter (ISO date); null for {@code fallback}
     * @throws ReportParameterException for a date that is not ISO or a name that is too long
     */
    static Evaluator of(String name, String date, LocalDate fallback) {
        if (name != null && name.strip().length() > MAX_NAME) {
            throw new ReportParameterException("penilai", name.substring(0, 40) + "…",
                    new Text("report.parameter.evaluatorName", MAX_NAME));
        }
        return new Evaluator(name == null ? defaultName() : name.strip(), parseDate(date, fallback));
    }

    static String defaultName() {
        return CallerScope.signedIn().filter(u -> u.roles().stream().anyMatch(EVALUATORS::contains))
                .map(u -> u.username()).orElse(null);
    }

    private static LocalDate parseDate(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ReportParameterException("tanggal", text, new Text("report.parameter.evaluationDate"));
        }
    }
}

package id.patuh.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.patuh.messages.Text;

/**
 * Checks what the evaluator sent against the form (a criterion it has, a Pelaksana of the SOP,
 * notes of bounded length, an ISO date) and merges it in; lists what changed for the history.
 * A refusal names the field as sent ({@code kriteria[2].kode}), so nothing is half-saved.
 */
final class SopEvaluationInputs {

    private SopEvaluationInputs() {
    }

    static SopEvaluation apply(SopEvaluation form, SopEvaluationInput in) {
        Map<String, SopEvaluation.Kriteria> kriteria = new LinkedHashMap<>();
        form.kriteria().forEach(k -> kriteria.put(k.kode(), k));
        List<SopEvaluationInput.Kriteria> answers = in.kriteria() == null ? List.of() : in.kriteria();
        for (int i = 0; i < answers.size(); i++) {
            SopEvaluationInput.Kriteria a = answers.get(i);
            String field = "kriteria[" + i + "]";
            SopEvaluation.Kriteria old = a == null ? null : kriteria.get(a.kode());
            if (old == null) {
                throw SopEvaluationRefused.invalid(field + ".kode", new Text("report.sopEvaluation.criterion",
                        String.valueOf(a == null ? null : a.kode()), kriteria.keySet()));
            }
            kriteria.put(old.kode(), new SopEvaluation.Kriteria(old.kode(), old.pertanyaan(), a.ya(),
                    note(a.catatan(), field + ".catatan")));
        }
        Map<String, SopEvaluation.Peran> peran = new LinkedHashMap<>();
        form.peran().forEach(p -> peran.put(p.peran(), p));
        List<SopEvaluationInput.Peran> roles = in.peran() == null ? List.of() : in.peran();
        for (int i = 0; i < roles.size(); i++) {
            SopEvaluationInput.Peran a = roles.get(i);
            String field = "peran[" + i + "]";
            if (a == null || !peran.containsKey(a.peran())) {
                throw SopEvaluationRefused.invalid(field + ".peran", new Text("report.sopEvaluation.role",
                        String.valueOf(a == null ? null : a.peran()), peran.keySet()));
            }
            peran.put(a.peran(), new SopEvaluation.Peran(a.peran(), a.ya(), note(a.catatan(), field + ".catatan")));
        }
        String catatan = in.catatanAuditor() == null ? form.catatanAuditor() : note(in.catatanAuditor(), "catatan_auditor");
        String penilai = in.penilai() == null ? form.penilai() : name(in.penilai());
        LocalDate tanggal = in.tanggalPenilaian() == null ? form.tanggalPenilaian() : date(in.tanggalPenilaian());
        return new SopEvaluation(form.tenant(), form.sopCode(), form.sopName(), form.period(),
                List.copyOf(kriteria.values()), List.copyOf(peran.values()), catatan, penilai, tanggal,
                form.updatedAt(), form.updatedBy(), form.riwayat());
    }

    /**
     * Each field that differs, as the history shows it. The first save also records the evaluator
     * and date, which the blank form only proposed.
     */
    static List<String> changes(SopEvaluation before, SopEvaluation after, boolean first) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < before.kriteria().size(); i++) {
            SopEvaluation.Kriteria b = before.kriteria().get(i);
            SopEvaluation.Kriteria a = after.kriteria().get(i);
            answer(changes, b.kode(), b.ya(), a.ya());
            compare(changes, b.kode() + ".catatan", b.catatan(), a.catatan());
        }
        for (int i = 0; i < before.peran().size(); i++) {
            SopEvaluation.Peran b = before.peran().get(i);
            SopEvaluation.Peran a = after.peran().get(i);
            answer(changes, "peran " + b.peran(), b.ya(), a.ya());
            compare(changes, "peran " + b.peran() + ".catatan", b.catatan(), a.catatan());
        }
        compare(changes, "catatan_auditor", before.catatanAuditor(), after.catatanAuditor());
        compare(changes, "penilai", first ? null : before.penilai(), after.penilai());
        compare(changes, "tanggal_penilaian", first || before.tanggalPenilaian() == null ? null
                : before.tanggalPenilaian().toString(), after.tanggalPenilaian() == null ? null
                : after.tanggalPenilaian().toString());
        return changes;
    }

    /** An answer reads as the form shows it: {@code mudah_dipahami: – → ya}. */
    private static void answer(List<String> changes, String field, Boolean before, Boolean after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + SopEvaluation.answer(before) + " → " + SopEvaluation.answer(after));
        }
    }

    private static void compare(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return "–";
        }
        return value.length() > 60 ? "\"" + value.substring(0, 57) + "…\"" : "\"" + value + "\"";
    }

    private static String note(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > SopEvaluationService.MAX_NOTE) {
            throw SopEvaluationRefused.invalid(field, new Text("report.sopEvaluation.note", SopEvaluationService.MAX_NOTE));
        }
        return text.strip();
    }

    private static String name(String text) {
        if (text.strip().length() > Evaluator.MAX_NAME) {
            throw SopEvaluationRefused.invalid("penilai", new Text("report.parameter.evaluatorName", Evaluator.MAX_NAME));
        }
        return text.isBlank() ? null : text.strip();
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw SopEvaluationRefused.invalid("tanggal_penilaian", new Text("report.parameter.evaluationDate"));
        }
    }
}

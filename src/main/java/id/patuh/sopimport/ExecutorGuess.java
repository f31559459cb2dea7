package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.patuh.messages.Text;

/**
 * Executors for steps whose Pelaksana marks did not survive (every scan: the flowchart symbols
 * are drawings, not text). Many activities start with their actor ("Sekretaris Daerah menerima
 * surat …"): that role is taken, as a doubt. Where the text names no role, the step gets the
 * first Pelaksana column — the catalog needs one — and a doubt saying it was not read at all.
 */
final class ExecutorGuess {

    private final List<String> roles;

    ExecutorGuess(List<String> roles) {
        this.roles = roles;
    }

    List<DraftStep> apply(List<DraftStep> steps, DoubtList doubts) {
        List<DraftStep> result = new ArrayList<>();
        for (DraftStep step : steps) {
            if (!step.executors().isEmpty() || roles.isEmpty()) {
                result.add(step);
                continue;
            }
            String field = StepRows.field(step.no(), "executors");
            Optional<String> named = subject(step.activity());
            if (named.isPresent()) {
                doubts.add(field, step.line(), new Text("sopimport.doubt.executor-from-activity"));
                result.add(step.withExecutors(List.of(named.get())));
            } else {
                doubts.add(field, step.line(), new Text("sopimport.doubt.executor-first-column", roles.get(0)));
                result.add(step.withExecutors(List.of(roles.get(0))));
            }
        }
        return result;
    }

    /**
     * The role the activity starts with, the longest name first ("Staf Perencanaan" over "Staf");
     * else the role whose first word alone opens the activity ("Asisten menerima …" → "Asisten
     * Administrasi Umum"), when no other role starts with that word.
     */
    private Optional<String> subject(String activity) {
        String text = normalise(activity);
        Optional<String> whole = roles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(role -> text.startsWith(normalise(role) + " "))
                .findFirst();
        if (whole.isPresent()) {
            return whole;
        }
        String firstWord = text.split(" ")[0];
        List<String> byFirstWord = roles.stream().filter(r -> normalise(r).split(" ")[0].equals(firstWord)).toList();
        return byFirstWord.size() == 1 && Character.isUpperCase(activity.strip().codePointAt(0))
                ? Optional.of(byFirstWord.get(0)) : Optional.empty();
    }

    /** Lower case, one spacing, and the usual abbreviations of positions in their short form. */
    static String normalise(String text) {
        String lower = " " + text.strip().replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/").toLowerCase(Locale.ROOT) + " ";
        for (String[] abbreviation : ABBREVIATIONS) {
            lower = lower.replace(" " + abbreviation[0] + " ", " " + abbreviation[1] + " ");
        }
        return lower.strip();
    }

    private static final String[][] ABBREVIATIONS = {
        {"kepala sub bagian", "kasubag"}, {"kepala subbagian", "kasubag"}, {"kasubbag", "kasubag"},
        {"kepala bagian", "kabag"}, {"kepala bidang", "kabid"}, {"kepala seksi", "kasi"},
        {"sekretaris kecamatan", "sekcam"}, {"sekretaris camat", "sekcam"}, {"kepala badan", "kaban"},
        {"ka badan", "kaban"}, {"sekretaris daerah", "sekda"}};
}

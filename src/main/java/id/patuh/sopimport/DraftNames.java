package id.patuh.sopimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Codes are file names: two documents named alike, or a draft already in the folder, get a suffix. */
final class DraftNames {

    private DraftNames() {
    }

    static List<ImportedSop> unique(List<ImportedSop> drafts, Path outDir) {
        Set<String> taken = new HashSet<>();
        List<ImportedSop> result = new ArrayList<>();
        for (ImportedSop draft : drafts) {
            String code = draft.code();
            for (int n = 2; taken.contains(code) || Files.exists(outDir.resolve(code + ".yaml")); n++) {
                code = draft.code() + "-v" + n;
            }
            taken.add(code);
            result.add(code.equals(draft.code()) ? draft : draft.renamed(code));
        }
        return result;
    }
}

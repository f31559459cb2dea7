package id.patuh.sopimport;

import java.util.List;

/** What an import wrote: the drafts, their files, every doubt, and the documents that failed. */
public record ImportReport(List<ImportedSop> drafts, List<String> files, List<FileError> errors) {

    /** A document that gave no draft, and why. */
    public record FileError(String file, String message) {
    }

    public ImportReport {
        drafts = List.copyOf(drafts);
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    public List<Doubt> doubts() {
        return drafts.stream().flatMap(d -> d.doubts().stream()).toList();
    }
}

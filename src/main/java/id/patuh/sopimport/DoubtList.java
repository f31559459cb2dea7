package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;

import id.patuh.messages.Text;

/** Doubts gathered while one document is read; the SOP code is attached when drafts are named. */
final class DoubtList {

    /** A doubt before its draft has a code. */
    record Entry(String field, int line, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Both languages: a doubt is written into the draft file and the import report. */
    void add(String field, int line, Text reason) {
        entries.add(new Entry(field, line, reason.both()));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Doubt> forSop(String code) {
        return entries.stream().map(e -> new Doubt(code, e.field(), e.line(), e.reason())).toList();
    }
}

package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;

/** Doubts gathered while one document is read; the SOP code is attached when drafts are named. */
final class DoubtList {

    /** A doubt before its draft has a code. */
    record Entry(String field, int line, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String field, int line, String indonesian, String english) {
        entries.add(new Entry(field, line, indonesian + " / " + english));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Doubt> forSop(String code) {
        return entries.stream().map(e -> new Doubt(code, e.field(), e.line(), e.reason())).toList();
    }
}

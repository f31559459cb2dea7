package id.patuh.sopimport;

import java.util.List;

/** One procedure table of a document, ready to be written as a catalog YAML draft. */
record SopDraft(String code, String source, SopIdentity identity, ProcedureTable table, List<Doubt> doubts) {

    SopDraft {
        doubts = List.copyOf(doubts);
    }
}

package id.patuh.sopimport;

import java.util.List;

/**
 * A document reduced to rows of cells, whatever format it came in.
 *
 * @param name file name, written into the drafts as {@code source}
 * @param kind what the rows were read from, for the report (teks, pdf, docx, xlsx)
 */
record SourceDocument(String name, String kind, List<SourceRow> rows) {

    SourceDocument {
        rows = List.copyOf(rows);
    }
}

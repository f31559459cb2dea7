package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.patuh.messages.Text;
import id.patuh.sopimport.ProcedureTableReader.Found;

/** One document's rows → one draft per procedure table, sharing the header block and the lists. */
final class DocumentImporter {

    private final SopImportProperties limits;

    DocumentImporter(SopImportProperties limits) {
        this.limits = limits;
    }

    List<SopDraft> drafts(SourceDocument document) {
        List<SourceRow> rows = document.rows();
        List<Found> tables = new ProcedureTableReader(limits).read(rows);
        if (tables.isEmpty()) {
            tables = new GarbledTableReader().read(rows);
        }
        if (tables.isEmpty()) {
            throw new SopImportException(new Text("sopimport.read.no-procedure-table", document.name()));
        }
        Set<Integer> stops = stopRows(rows, tables);
        DoubtList shared = new DoubtList();
        Map<String, List<String>> lists = new ListSectionReader(shared).read(rows, stops::contains);
        String fallbackName = tables.get(0).table().title() != null ? NameCase.title(tables.get(0).table().title())
                : baseName(document.name());
        SopIdentity identity = new HeaderFields(rows, shared)
                .identity(new IdentityReader().read(rows), lists, fallbackName);
        List<SopDraft> drafts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String code = code(document.name(), tables.size() == 1 ? 0 : i + 1);
            List<Doubt> doubts = new ArrayList<>(shared.forSop(code));
            doubts.addAll(tables.get(i).doubts().forSop(code));
            drafts.add(new SopDraft(code, document.name(), identity, tables.get(i).table(), doubts));
        }
        return drafts;
    }

    /** Rows that end a list section: tables, their titles, header-block labels and other titles. */
    private static Set<Integer> stopRows(List<SourceRow> rows, List<Found> tables) {
        Set<Integer> stops = new HashSet<>();
        for (Found table : tables) {
            for (int i = table.firstRow(); i < table.endRow(); i++) {
                stops.add(i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (IdentityReader.isLabelRow(row) || isTitle(row)) {
                stops.add(i);
            }
        }
        return stops;
    }

    /** A line in capitals on its own ("SOP MEKANISME PENGUMPULAN DATA KINERJA"), not a list heading. */
    private static boolean isTitle(SourceRow row) {
        if (!row.isSingleCell() || row.isBlank() || ListHeadings.key(row.joined()) != null) {
            return false;
        }
        String text = SourceText.plain(row.joined());
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 10 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    static String code(String fileName, int table) {
        String slug = baseName(fileName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        slug = slug.isEmpty() ? "sop" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return table == 0 ? slug : slug + "-" + table;
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

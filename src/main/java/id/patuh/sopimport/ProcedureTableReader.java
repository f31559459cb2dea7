package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WaktuUnit;
import id.patuh.messages.Text;
import id.patuh.sopimport.StepRows.Building;
import id.patuh.sopimport.TableHeader.Column;

/** Finds the procedure tables of a document whose rows keep their columns (tabs, Word, Excel). */
final class ProcedureTableReader {

    /** A table and the doubts that belong to it alone. */
    record Found(ProcedureTable table, DoubtList doubts, int firstRow, int endRow) {
    }

    private final SopImportProperties limits;

    ProcedureTableReader(SopImportProperties limits) {
        this.limits = limits;
    }

    List<Found> read(List<SourceRow> rows) {
        List<Found> tables = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<TableHeader> header = TableHeader.at(rows, i);
            if (header.isPresent()) {
                Found found = table(rows, i, header.get());
                tables.add(found);
                i = Math.max(i, found.endRow() - 1);
            }
        }
        return tables;
    }

    private Found table(List<SourceRow> rows, int index, TableHeader header) {
        DoubtList doubts = new DoubtList();
        List<String> roles = header.roles(rows, index);
        StepRows body = new StepRows(header, roles, doubts);
        int end = index + header.rows();
        while (end < rows.size() && body.accept(rows.get(end))) {
            end++;
            if (body.steps().size() > limits.maxSteps()) {
                throw new SopImportException(new Text("sopimport.read.too-many-steps", header.line(),
                        limits.maxSteps()));
            }
        }
        String unit = waktuUnit(header, body.steps(), doubts);
        List<DraftStep> steps = new ArrayList<>();
        for (Building step : body.steps()) {
            steps.add(step(header, step, unit, doubts));
        }
        steps = Decisions.resolve(steps, body.steps(), doubts);
        steps = new ExecutorGuess(roles).apply(steps, doubts);
        String title = titleAbove(rows, index);
        return new Found(new ProcedureTable(header.line(), title, roles, steps, unit), doubts, index, end);
    }

    private static DraftStep step(TableHeader header, Building step, String unit, DoubtList doubts) {
        String[] cells = step.cells();
        return new DraftStep(step.no(), step.line(), SourceText.plain(step.activity().toString()), step.marked(),
                StepRows.items(cell(cells, header, Column.KELENGKAPAN)),
                waktu(step, cell(cells, header, Column.WAKTU), unit, doubts),
                SourceText.nullIfBlank(cell(cells, header, Column.OUTPUT)),
                SourceText.nullIfBlank(cell(cells, header, Column.KETERANGAN)), null, null, false);
    }

    private static String cell(String[] cells, TableHeader header, Column column) {
        int index = header.indexOf(column);
        return index < 0 ? null : cells[index];
    }

    /** The Waktu as written, or null with a doubt when the catalog could not read it. */
    private static String waktu(Building step, String cell, String unit, DoubtList doubts) {
        String text = SourceText.nullIfBlank(cell);
        if (text == null) {
            return null;
        }
        try {
            MutuBakuWaktu.parseText(text, unit == null ? null : WaktuUnit.fromText(unit));
            return text;
        } catch (IllegalArgumentException e) {
            doubts.add(StepRows.field(step.no(), "waktu"), step.line(), new Text("sopimport.doubt.waktu-unreadable", text));
            return null;
        }
    }

    /**
     * The unit of bare numbers: from the heading ("Waktu (Menit)") or, without one, minutes —
     * the unit SOP tables use for bare numbers (480 = one 8-hour working day). Both are doubts.
     */
    private static String waktuUnit(TableHeader header, List<Building> steps, DoubtList doubts) {
        int column = header.indexOf(Column.WAKTU);
        boolean bare = column >= 0 && steps.stream()
                .anyMatch(s -> SourceText.plain(s.cells()[column]).matches("\\d+([.,]\\d+)?"));
        if (!bare) {
            return null;
        }
        if (header.waktuUnit() != null) {
            doubts.add("waktu_satuan", header.line(), new Text("sopimport.doubt.unit-from-heading"));
            return header.waktuUnit();
        }
        doubts.add("waktu_satuan", header.line(), new Text("sopimport.doubt.unit-minutes-inferred"));
        return "menit";
    }

    /** The title line just above the header, when it is one ("SOP MEKANISME …"). */
    static String titleAbove(List<SourceRow> rows, int index) {
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            if (!rows.get(i).isBlank()) {
                return rows.get(i).isSingleCell() ? SourceText.plain(rows.get(i).joined()) : null;
            }
        }
        return null;
    }
}

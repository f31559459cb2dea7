package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopDocumentation;
import id.patuh.catalog.SopStep;

/**
 * An SOP AP sheet laid out as offices lay it out, built from catalog SOPs, as rows of cells with
 * spans: the header block, the three pairs of lists, and one procedure table per SOP. The DOCX,
 * XLSX and PDF fixtures of the tests are renderings of this grid, so that what the importer
 * reads back can be compared with the catalog it was written from.
 */
final class SheetGrid {

    /** How the sheet is laid out. */
    record Layout(boolean identityAfterTable, boolean mutuBakuSubColumns, boolean waktuInMinutes, String mark) {
    }

    /** A cell; {@code rowSpan} 2 starts a cell merged with the one below, 0 continues one. */
    record Cell(String text, int colSpan, int rowSpan) {
        static Cell of(String text) {
            return new Cell(text, 1, 1);
        }
    }

    /** A row; {@code table} groups rows into one table of the document (0 = paragraph). */
    record Row(int table, List<Cell> cells) {
    }

    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    static List<Row> of(List<Sop> sops, Layout layout) {
        List<Row> rows = new ArrayList<>();
        Sop first = sops.get(0);
        if (!layout.identityAfterTable()) {
            identity(first, rows, 1);
        }
        int table = 10;
        for (Sop sop : sops) {
            rows.add(new Row(0, List.of(Cell.of("SOP " + sop.name().toUpperCase(Locale.ROOT)))));
            procedure(sop, layout, rows, table++);
            rows.add(new Row(0, List.of(Cell.of(""))));
        }
        if (layout.identityAfterTable()) {
            identity(first, rows, 1);
        }
        return rows;
    }

    private static void identity(Sop sop, List<Row> rows, int table) {
        label(rows, table, "Nomor SOP", sop.nomor());
        label(rows, table, "Tanggal Pembuatan", date(sop.tanggalPembuatan()));
        label(rows, table, "Tanggal Revisi", date(sop.tanggalRevisi()));
        label(rows, table, "Tanggal Efektif", date(sop.tanggalEfektif()));
        label(rows, table, "Disahkan Oleh", sop.disahkanOleh());
        label(rows, table, "Nama SOP", sop.name());
        rows.add(new Row(0, List.of(Cell.of(""))));
        SopDocumentation doc = sop.documentation();
        pair(rows, table + 1, "Dasar Hukum", doc.dasarHukum(), "Kualifikasi Pelaksana", doc.kualifikasiPelaksana());
        pair(rows, table + 1, "Keterkaitan", doc.keterkaitan(), "Peralatan/Perlengkapan", doc.peralatan());
        pair(rows, table + 1, "Peringatan", doc.peringatan(), "Pencatatan dan Pendataan", doc.pencatatan());
        rows.add(new Row(0, List.of(Cell.of(""))));
    }

    private static void label(List<Row> rows, int table, String label, String value) {
        rows.add(new Row(table, List.of(Cell.of(label), Cell.of(":"), Cell.of(value == null ? "" : value))));
    }

    private static void pair(List<Row> rows, int table, String left, List<String> lefts, String right, List<String> rights) {
        rows.add(new Row(table, List.of(Cell.of(left), Cell.of(right))));
        for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
            rows.add(new Row(table, List.of(Cell.of(i < lefts.size() ? (i + 1) + ". " + lefts.get(i) : ""),
                    Cell.of(i < rights.size() ? (i + 1) + ". " + rights.get(i) : ""))));
        }
    }

    private static void procedure(Sop sop, Layout layout, List<Row> rows, int table) {
        int roles = sop.roles().size();
        List<Cell> top = new ArrayList<>(List.of(new Cell("No.", 1, 2), new Cell("Kegiatan", 1, 2),
                new Cell("Pelaksana", roles, 1)));
        List<Cell> sub = new ArrayList<>(List.of(new Cell("", 1, 0), new Cell("", 1, 0)));
        sop.roles().forEach(r -> sub.add(Cell.of(r.name())));
        String waktu = layout.waktuInMinutes() ? "Waktu (Menit)" : "Waktu";
        if (layout.mutuBakuSubColumns()) {
            top.add(new Cell("Mutu Baku", 3, 1));
            sub.addAll(List.of(Cell.of("Kelengkapan"), Cell.of(waktu), Cell.of("Output")));
        } else {
            top.addAll(List.of(new Cell("Kelengkapan", 1, 2), new Cell(waktu, 1, 2), new Cell("Output", 1, 2)));
            sub.addAll(List.of(new Cell("", 1, 0), new Cell("", 1, 0), new Cell("", 1, 0)));
        }
        top.add(new Cell("Keterangan", 1, 2));
        sub.add(new Cell("", 1, 0));
        rows.add(new Row(table, top));
        rows.add(new Row(table, sub));
        for (SopStep step : sop.steps()) {
            rows.add(new Row(table, step(sop, step, layout)));
            if (step.isDecision()) {
                // the flowchart's "Ya" arrow label, on a row of its own under the decision
                List<Cell> label = new ArrayList<>();
                for (int i = 0; i < 2 + roles + 4; i++) {
                    label.add(Cell.of(i == 1 + roles ? "Ya" : ""));
                }
                rows.add(new Row(table, label));
            }
        }
    }

    private static List<Cell> step(Sop sop, SopStep step, Layout layout) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.of(step.no() + "."), Cell.of(step.activity())));
        sop.roles().forEach(r -> cells.add(Cell.of(step.executors().contains(r.name()) ? layout.mark() : "")));
        cells.add(Cell.of(String.join("\n", step.kelengkapan())));
        cells.add(Cell.of(waktu(step, layout)));
        cells.add(Cell.of(step.output() == null ? "" : step.output()));
        cells.add(Cell.of(step.keterangan() == null ? "" : step.keterangan()));
        return cells;
    }

    /** In the minutes layout every time-of-day Waktu is a bare number of minutes; days keep their text. */
    private static String waktu(SopStep step, Layout layout) {
        MutuBakuWaktu waktu = step.waktu();
        if (waktu == null) {
            return "";
        }
        if (layout.waktuInMinutes() && !waktu.isDays()) {
            return Long.toString(waktu.workingTime().toMinutes());
        }
        return step.waktuText();
    }

    static String date(String iso) {
        if (iso == null) {
            return null;
        }
        String[] parts = iso.split("-");
        return switch (parts.length) {
            case 1 -> parts[0];
            case 2 -> MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
            default -> Integer.parseInt(parts[2]) + " " + MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
        };
    }
}

package id.patuh.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;

/**
 * The fixed layout of an SOP sheet's flowchart table: column widths that fit an A4 landscape
 * page and a 1366 px screen alike, row heights estimated from the cell texts (generously, so no
 * text outgrows its row and the drawing stays on its rows), and the split into printed pages.
 */
final class SopSheetLayout {

    static final int TABLE_WIDTH = 1040;
    static final int NO = 30;
    static final int KEGIATAN = 206;
    static final int KELENGKAPAN = 120;
    static final int WAKTU = 62;
    static final int OUTPUT = 104;
    static final int KETERANGAN = 130;
    static final int PELAKSANA = TABLE_WIDTH - NO - KEGIATAN - KELENGKAPAN - WAKTU - OUTPUT - KETERANGAN;

    static final int MIN_ROW = 60;
    static final int LINE = 14;
    static final int CONNECTOR_ROW = 40;
    /** A page holds at most this many steps, and this much row height: one A4 landscape page with its header. */
    static final int PAGE_STEPS = 8;
    static final int PAGE_HEIGHT = 520;

    /** Average glyph width of the sheet's 11 px sans-serif, with room for word wrapping. */
    private static final double CHAR = 6.8 / 0.95;
    private static final double SMALL_CHAR = 6.2 / 0.95;

    private SopSheetLayout() {
    }

    /** The width of one Pelaksana column. */
    static double columnWidth(Sop sop) {
        return Math.floor((double) PELAKSANA / Math.max(1, sop.roles().size()));
    }

    static List<SopSheetPage> pages(Sop sop, Map<Integer, SopStepEvidence> evidence, boolean showEvidence) {
        List<List<SopStep>> split = split(sop, evidence, showEvidence);
        List<List<SopSheetRow>> pages = new ArrayList<>();
        for (int p = 0; p < split.size(); p++) {
            pages.add(rows(split.get(p), evidence, showEvidence, p > 0, p < split.size() - 1, p + 1));
        }
        List<SopFlowchart> charts = new SopFlowchartDrawer(sop, columnWidth(sop), pages).draw(evidence);
        List<SopSheetPage> sheet = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            sheet.add(new SopSheetPage(p + 1, pages.size(), pages.get(p), charts.get(p)));
        }
        return sheet;
    }

    private static List<List<SopStep>> split(Sop sop, Map<Integer, SopStepEvidence> evidence, boolean showEvidence) {
        List<List<SopStep>> pages = new ArrayList<>();
        List<SopStep> page = new ArrayList<>();
        int used = 0;
        for (SopStep step : sop.steps()) {
            int h = height(step, showEvidence ? evidence.get(step.no()) : null);
            if (!page.isEmpty() && (page.size() == PAGE_STEPS || used + h > PAGE_HEIGHT)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(step);
            used += h + 1;
        }
        pages.add(page);
        return pages;
    }

    private static List<SopSheetRow> rows(List<SopStep> steps, Map<Integer, SopStepEvidence> evidence,
            boolean showEvidence, boolean fromBefore, boolean toAfter, int page) {
        List<SopSheetRow> rows = new ArrayList<>();
        double top = 0;
        if (fromBefore) {
            rows.add(new SopSheetRow(null, null, top, CONNECTOR_ROW, Texts.current("console.sopsheet.fromPage", page - 1)));
            top += CONNECTOR_ROW + 1;
        }
        for (SopStep step : steps) {
            SopStepEvidence shown = showEvidence ? evidence.get(step.no()) : null;
            int h = height(step, shown);
            rows.add(new SopSheetRow(step, shown, top, h, null));
            top += h + 1;
        }
        if (toAfter) {
            rows.add(new SopSheetRow(null, null, top, CONNECTOR_ROW, Texts.current("console.sopsheet.toPage", page + 1)));
        }
        return rows;
    }

    /** The row's height: its tallest cell, and never less than a decision diamond needs. */
    static int height(SopStep step, SopStepEvidence evidence) {
        int lines = Math.max(lines(step.activity(), KEGIATAN, CHAR), lines(step.waktuText(), WAKTU, CHAR));
        lines = Math.max(lines, step.kelengkapan().stream().mapToInt(k -> lines(k, KELENGKAPAN, CHAR)).sum());
        lines = Math.max(lines, lines(step.output(), OUTPUT, CHAR));
        int keterangan = lines(step.keterangan(), KETERANGAN, CHAR) * LINE;
        if (evidence != null) {
            keterangan += 4 + 13 * (lines(evidence.overrunText(), KETERANGAN, SMALL_CHAR)
                    + lines(evidence.medianText(), KETERANGAN, SMALL_CHAR));
        }
        return Math.max(MIN_ROW, Math.max(lines * LINE, keterangan) + 12);
    }

    private static int lines(String text, int width, double charWidth) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int perLine = Math.max(1, (int) Math.floor((width - 10) / charWidth));
        int lines = 0;
        int used = 0;
        for (String word : text.strip().split("\\s+")) {
            // a word never splits across lines in the table, so count line by line
            if (used > 0 && used + 1 + word.length() > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + word.length();
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
        return lines + (used > 0 ? 1 : 0);
    }
}

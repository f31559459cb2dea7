package id.patuh.console;

import static id.patuh.console.SopFlowchart.n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;

/**
 * Draws an SOP's flowchart over its laid-out pages with the five symbols of PermenPAN-RB
 * 35/2012: terminator (first and last step), process, decision with its "Ya" and "Tidak"
 * branches, arrows between steps ({@link SopFlowchartArrows}), and off-page connectors where an
 * arrow crosses a page break. Each step's symbol sits on its row, in its first Pelaksana's column.
 */
final class SopFlowchartDrawer {

    /** Where a step's symbol sits. */
    record Place(int page, int index, int column, double cx, double cy, double w, double h, double rowTop,
            boolean firstOnPage, boolean lastOnPage) {
        double top() {
            return cy - h / 2;
        }

        double bottom() {
            return cy + h / 2;
        }

        double right() {
            return cx + w / 2;
        }
    }

    /** The elements of one page, gathered before they become a {@link SopFlowchart}. */
    static final class Drawing {
        final List<String> grid = new ArrayList<>();
        final List<SopFlowchart.Symbol> symbols = new ArrayList<>();
        final List<SopFlowchart.Participant> participants = new ArrayList<>();
        final List<SopFlowchart.Connector> connectors = new ArrayList<>();
        final List<SopFlowchart.Arrow> arrows = new ArrayList<>();
        final List<SopFlowchart.Label> labels = new ArrayList<>();
        final Map<String, Integer> lanes = new HashMap<>();
        final Map<String, Integer> slots = new HashMap<>();
    }

    private final Sop sop;
    private final double columnWidth;
    private final List<List<SopSheetRow>> pages;
    private final Map<Integer, Place> places = new HashMap<>();
    private final List<Drawing> drawings = new ArrayList<>();
    SopFlowchartDrawer(Sop sop, double columnWidth, List<List<SopSheetRow>> pages) {
        this.sop = sop;
        this.columnWidth = columnWidth;
        this.pages = pages;
    }

    List<SopFlowchart> draw(Map<Integer, SopStepEvidence> evidence) {
        for (int p = 0; p < pages.size(); p++) {
            drawings.add(new Drawing());
            place(p);
            grid(p);
        }
        for (SopStep step : sop.steps()) {
            symbol(step, evidence.get(step.no()));
        }
        new SopFlowchartArrows(sop, columnWidth, pages, places, drawings).draw();
        List<SopFlowchart> charts = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Drawing d = drawings.get(p);
            charts.add(new SopFlowchart(p + 1, width(), height(p), d.grid, d.symbols, d.participants, d.connectors,
                    d.arrows, d.labels));
        }
        return charts;
    }

    private void place(int page) {
        List<SopSheetRow> rows = pages.get(page);
        List<SopSheetRow> steps = rows.stream().filter(SopSheetRow::isStep).toList();
        for (int i = 0; i < steps.size(); i++) {
            SopSheetRow row = steps.get(i);
            SopStep step = row.step();
            int column = column(step.executors().isEmpty() ? null : step.executors().get(0));
            double w = step.isDecision() ? Math.min(columnWidth - 20, 72) : Math.min(columnWidth - 26, 84);
            double h = step.isDecision() ? 36 : 24;
            places.put(step.no(), new Place(page, rows.indexOf(row), column, center(column),
                    row.top() + row.height() / 2.0, w, h, row.top(), i == 0, i == steps.size() - 1));
        }
    }

    private void grid(int page) {
        Drawing d = drawings.get(page);
        for (int c = 1; c <= sop.roles().size(); c++) {
            d.grid.add("M" + n(c * columnWidth - 0.5) + ",0 V" + n(height(page)));
        }
        for (SopSheetRow row : pages.get(page)) {
            d.grid.add("M0," + n(row.top() + row.height() + 0.5) + " H" + n(width()));
        }
    }

    private void symbol(SopStep step, SopStepEvidence evidence) {
        Place at = places.get(step.no());
        String kind = step.isDecision() ? "decision"
                : step.no() == sop.steps().get(0).no() || step.no() == last() ? "terminator" : "process";
        String tone = evidence == null ? "tone-none" : evidence.tone();
        String outline = SopFlowchart.shape(kind, at.cx(), at.cy(), at.w(), at.h());
        drawings.get(at.page()).symbols.add(new SopFlowchart.Symbol(step.no(), kind, outline, tone,
                Texts.current("console.sopsheet.stepTitle", step.no(), step.activity())));
        for (String role : step.executors().stream().skip(1).toList()) {
            double x = center(column(role));
            String box = SopFlowchart.shape("process", x, at.cy(), at.w(), at.h());
            double from = x > at.cx() ? at.right() : at.cx() - at.w() / 2;
            double to = x > at.cx() ? x - at.w() / 2 : x + at.w() / 2;
            drawings.get(at.page()).participants.add(new SopFlowchart.Participant(step.no(), role, box,
                    "M" + n(from) + "," + n(at.cy()) + " H" + n(to)));
        }
    }

    private int column(String role) {
        int i = role == null ? -1 : sop.roleNames().indexOf(sop.resolveRole(role).orElse(role));
        return Math.max(i, 0);
    }

    private double center(int column) {
        return (column + 0.5) * columnWidth;
    }

    private double width() {
        return sop.roles().size() * columnWidth;
    }

    private double height(int page) {
        SopSheetRow lastRow = pages.get(page).get(pages.get(page).size() - 1);
        return lastRow.top() + lastRow.height() + 1;
    }

    private int last() {
        return sop.steps().get(sop.steps().size() - 1).no();
    }
}

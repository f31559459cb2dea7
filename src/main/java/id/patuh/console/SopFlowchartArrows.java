package id.patuh.console;

import static id.patuh.console.SopFlowchart.n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;
import id.patuh.console.SopFlowchartDrawer.Drawing;
import id.patuh.console.SopFlowchartDrawer.Place;

/**
 * The arrows of an SOP's flowchart, once its symbols are placed: the flow from step to step, a
 * decision's "Ya" and "Tidak" branches, and a pair of off-page connectors with one letter for
 * every arrow that crosses a page break.
 *
 * <p>Routing is orthogonal: to the next row, an arrow leaves the symbol's bottom and drops into
 * the next symbol's top; any other arrow (a loop back, a jump, a branch) leaves the right side,
 * runs down or up a lane along the right edge of the rightmost column it spans, and enters the
 * target from the right.
 */
final class SopFlowchartArrows {

    private static final double CONNECTOR = 22;

    /** One arrow of the flow; {@code branch} is null outside decisions. */
    private record Edge(int from, int to, String branch) {
    }

    private final Sop sop;
    private final double columnWidth;
    private final List<List<SopSheetRow>> pages;
    private final Map<Integer, Place> places;
    private final List<Drawing> drawings;
    /** Steps whose bottom already carries an arrow: a second one takes the lane. */
    private final Set<Integer> downUsed = new HashSet<>();
    /** How many connectors share a strip's column, so that they stand side by side. */
    private final Map<String, Integer> connectorsPerColumn = new HashMap<>();
    private char letter = 'A';

    SopFlowchartArrows(Sop sop, double columnWidth, List<List<SopSheetRow>> pages, Map<Integer, Place> places,
            List<Drawing> drawings) {
        this.sop = sop;
        this.columnWidth = columnWidth;
        this.pages = pages;
        this.places = places;
        this.drawings = drawings;
    }

    void draw() {
        List<Edge> edges = edges();
        edges.forEach(this::countConnectors);
        edges.forEach(e -> edge(e.from(), e.to(), e.branch()));
    }

    private List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (SopStep step : sop.steps()) {
            if (step.isDecision()) {
                edges.add(new Edge(step.no(), step.decision().ya(), "ya"));
                edges.add(new Edge(step.no(), step.decision().tidak(), "tidak"));
            } else if (step.no() != last()) {
                edges.add(new Edge(step.no(), step.no() + 1, null));
            }
        }
        return edges;
    }

    private void countConnectors(Edge edge) {
        Place a = places.get(edge.from());
        Place b = places.get(edge.to());
        if (a != null && b != null && a.page() != b.page()) {
            boolean forward = b.page() > a.page();
            connectorsPerColumn.merge(stripKey(a.page(), !forward, a.column()), 1, Integer::sum);
            connectorsPerColumn.merge(stripKey(b.page(), forward, b.column()), 1, Integer::sum);
        }
    }

    private static String stripKey(int page, boolean top, int column) {
        return page + ":" + top + ":" + column;
    }

    private void edge(int from, int to, String branch) {
        Place a = places.get(from);
        Place b = places.get(to);
        if (a == null || b == null) {
            return;
        }
        if (a.page() == b.page()) {
            boolean down = b.index() == a.index() + 1 && downUsed.add(from);
            String d = down ? down(a.cx(), a.bottom(), b) : lane(a.page(), Math.max(a.column(), b.column()),
                    a.right(), a.cy(), b.right(), b.cy());
            arrow(a.page(), from, to, branch, null, d);
            label(a, branch, down);
            return;
        }
        String mark = String.valueOf(letter++);
        boolean forward = b.page() > a.page();
        double[] out = connector(a.page(), !forward, a.column(), mark, from, to, "keluar");
        boolean straight = forward && a.lastOnPage() && downUsed.add(from);
        double outTop = out[1] - CONNECTOR / 2;
        arrow(a.page(), from, to, branch, "keluar", straight
                ? "M" + n(a.cx()) + "," + n(a.bottom()) + (out[0] == a.cx() ? "" : " V" + n(outTop - 5) + " H"
                        + n(out[0])) + " V" + n(outTop)
                : lane(a.page(), a.column(), a.right(), a.cy(), out[0] + CONNECTOR / 2, out[1]));
        label(a, branch, straight);
        double[] in = connector(b.page(), forward, b.column(), mark, from, to, "masuk");
        arrow(b.page(), from, to, branch, "masuk", forward && b.firstOnPage()
                ? down(in[0], in[1] + CONNECTOR / 2, b)
                : lane(b.page(), b.column(), in[0] + CONNECTOR / 2, in[1], b.right(), b.cy()));
    }

    /** From a bottom point into the top of {@code b}, with a dog-leg above {@code b} when the columns differ. */
    private static String down(double x, double y, Place b) {
        if (x == b.cx()) {
            return "M" + n(x) + "," + n(y) + " V" + n(b.top());
        }
        double bend = b.rowTop() + (b.top() - b.rowTop()) / 2;
        return "M" + n(x) + "," + n(y) + " V" + n(bend) + " H" + n(b.cx()) + " V" + n(b.top());
    }

    /** Out to the lane of {@code column}, along it, and into the target from its right. */
    private String lane(int page, int column, double x1, double y1, double x2, double y2) {
        int k = drawings.get(page).lanes.merge(page + ":" + column, 1, Integer::sum) - 1;
        double lane = (column + 1) * columnWidth - 3 - 3 * (k % 3);
        return "M" + n(x1) + "," + n(y1) + " H" + n(lane) + " V" + n(y2) + " H" + n(x2);
    }

    /**
     * An off-page connector (pentagon) in the connector strip at the top or bottom of a page;
     * returns its centre.
     */
    private double[] connector(int page, boolean top, int column, String mark, int from, int to, String part) {
        List<SopSheetRow> rows = pages.get(page);
        SopSheetRow strip = top ? rows.get(0) : rows.get(rows.size() - 1);
        String key = stripKey(page, top, column);
        int slot = drawings.get(page).slots.merge(key, 1, Integer::sum) - 1;
        double x = center(column) + (slot - (connectorsPerColumn.get(key) - 1) / 2.0) * (CONNECTOR + 2);
        double y = strip.top() + strip.height() / 2.0;
        double r = CONNECTOR / 2;
        String d = "M" + n(x - r) + "," + n(y - r) + " H" + n(x + r) + " V" + n(y + r / 3) + " L" + n(x) + ","
                + n(y + r) + " L" + n(x - r) + "," + n(y + r / 3) + " Z";
        String title = part.equals("keluar")
                ? Texts.current("console.sopsheet.toStep", to, places.get(to).page() + 1)
                : Texts.current("console.sopsheet.fromStep", from, places.get(from).page() + 1);
        drawings.get(page).connectors.add(new SopFlowchart.Connector(mark, from, to, part, d, x, y + 1, title));
        return new double[] {x, y};
    }

    private void arrow(int page, int from, int to, String branch, String part, String d) {
        drawings.get(page).arrows.add(new SopFlowchart.Arrow(from, to, branch, part, d));
    }

    private void label(Place a, String branch, boolean down) {
        if (branch == null) {
            return;
        }
        String text = branch.equals("ya") ? "Ya" : "Tidak";
        drawings.get(a.page()).labels.add(down ? new SopFlowchart.Label(text, a.cx() + 3, a.bottom() + 9, branch)
                : new SopFlowchart.Label(text, a.right() + 2, a.cy() - 3, branch));
    }

    private double center(int column) {
        return (column + 0.5) * columnWidth;
    }

    private int last() {
        return sop.steps().get(sop.steps().size() - 1).no();
    }
}

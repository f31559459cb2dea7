package id.patuh.console;

import java.util.List;
import java.util.Locale;

/**
 * The drawing of one page of an SOP sheet's flowchart: one SVG laid over the Pelaksana columns
 * of the table, with coordinates computed from the table's fixed row heights and column widths.
 * Every element names what it stands for (data attributes in the page), so a test can check
 * that each step and each decision branch is drawn.
 */
record SopFlowchart(int page, double width, double height, List<String> grid, List<Symbol> symbols,
        List<Participant> participants, List<Connector> connectors, List<Arrow> arrows, List<Label> labels) {

    /**
     * A step's symbol in its Pelaksana's column.
     *
     * @param symbol {@code terminator}, {@code process} or {@code decision}
     * @param tone   the evidence shade ({@link SopStepEvidence#tone()})
     */
    record Symbol(int step, String symbol, String d, String tone, String title) {
    }

    /** A further Pelaksana of a step (a meeting): a dashed box joined to the step's symbol. */
    record Participant(int step, String role, String d, String link) {
    }

    /**
     * An off-page connector where an arrow leaves one page and enters another; both ends carry
     * the same letter.
     *
     * @param part {@code keluar} (leaves this page) or {@code masuk} (enters it)
     */
    record Connector(String letter, int from, int to, String part, String d, double textX, double textY,
            String title) {
    }

    /**
     * @param branch {@code ya}, {@code tidak} or null for the plain flow
     * @param part   null on one page; {@code keluar} / {@code masuk} for the halves across a page break
     */
    record Arrow(int from, int to, String branch, String part, String d) {
    }

    record Label(String text, double x, double y, String branch) {
    }

    /** The outline of a symbol centred on {@code (cx, cy)}: decision, terminator or (else) process. */
    static String shape(String kind, double cx, double cy, double w, double h) {
        double l = cx - w / 2;
        double r = cx + w / 2;
        double t = cy - h / 2;
        double b = cy + h / 2;
        return switch (kind) {
            case "decision" -> "M" + n(cx) + "," + n(t) + " L" + n(r) + "," + n(cy) + " L" + n(cx) + "," + n(b)
                    + " L" + n(l) + "," + n(cy) + " Z";
            case "terminator" -> "M" + n(l + h / 2) + "," + n(t) + " H" + n(r - h / 2) + " A" + n(h / 2) + ","
                    + n(h / 2) + " 0 0 1 " + n(r - h / 2) + "," + n(b) + " H" + n(l + h / 2) + " A" + n(h / 2) + ","
                    + n(h / 2) + " 0 0 1 " + n(l + h / 2) + "," + n(t) + " Z";
            default -> "M" + n(l) + "," + n(t) + " H" + n(r) + " V" + n(b) + " H" + n(l) + " Z";
        };
    }

    /** Coordinates in SVG paths: always a point, never a locale's comma. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

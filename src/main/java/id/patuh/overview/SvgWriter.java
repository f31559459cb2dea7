package id.patuh.overview;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG document written as text: the overview's charts need bars, lines and labels only,
 * and a few hundred bytes of markup each load faster on a kecamatan's connection than any
 * charting script. Every chart is {@code role="img"} with a {@code <title>} and {@code <desc>},
 * so a screen reader reads what the picture shows.
 */
final class SvgWriter {

    private final StringBuilder svg = new StringBuilder(2048);

    /**
     * @param id a page-unique prefix for the title, description and pattern ids
     */
    SvgWriter(String id, int width, int height, String title, String desc) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\"><title id=\"").append(id).append("-t\">")
                .append(esc(title)).append("</title><desc id=\"").append(id).append("-d\">").append(esc(desc))
                .append("</desc>")
                // over the standard is hatched, not only coloured: it reads in grey print and for colour-blind eyes
                .append("<defs><pattern id=\"").append(id).append("-over\" width=\"6\" height=\"6\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" class=\"over-bg\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"over-line\"/></pattern></defs>");
    }

    SvgWriter rect(double x, double y, double w, double h, String cls) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" class=\"")
                .append(cls).append("\"/>");
        return this;
    }

    /** A rect filled with the chart's "over the standard" hatching. */
    SvgWriter hatched(String id, double x, double y, double w, double h) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h)))
                .append("\" class=\"bar-over\" fill=\"url(#").append(id).append("-over)\"/>");
        return this;
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String cls) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cls).append("\"/>");
        return this;
    }

    /** @param anchor start, middle or end */
    SvgWriter text(double x, double y, String anchor, String cls, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cls).append("\">").append(esc(text)).append("</text>");
        return this;
    }

    /** A link around what follows until {@link #endLink()}; the chart's numbers open their findings. */
    SvgWriter link(String href, String label) {
        svg.append("<a href=\"").append(esc(href)).append("\" aria-label=\"").append(esc(label)).append("\">");
        return this;
    }

    SvgWriter endLink() {
        svg.append("</a>");
        return this;
    }

    String end() {
        return svg.append("</svg>").toString();
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** One decimal at most, dot-separated whatever the locale: SVG coordinates. */
    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** "87 %", as every figure of the overview is printed. */
    static String percent(double ratio) {
        return Math.round(100 * ratio) + " %";
    }
}

package dev.hammerbench.report;

import java.util.List;
import java.util.Locale;

/**
 * An inline SVG drawing, written as text. Every string put in (labels, tooltips) goes through
 * {@link Html#escape}, so a server's name cannot close the element it sits in.
 */
final class Svg {

    /** Tableau 10: distinct from each other and readable for the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    private final StringBuilder svg = new StringBuilder();

    Svg(int width, int height, String label) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">\n");
    }

    static String color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, width))).append("\" height=\"").append(n(Math.max(0, height)))
                .append("\" fill=\"").append(fill).append("\">");
        title(tooltip);
        svg.append("</rect>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>\n");
        return this;
    }

    /** {@code anchor}: start, middle or end. */
    Svg text(double x, double y, String anchor, String text, String tooltip) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\">");
        title(tooltip);
        svg.append(Html.escape(text)).append("</text>\n");
        return this;
    }

    Svg polyline(List<double[]> points, String stroke, String tooltip) {
        svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke).append("\" points=\"");
        for (double[] point : points) {
            svg.append(n(point[0])).append(',').append(n(point[1])).append(' ');
        }
        svg.append("\">");
        title(tooltip);
        svg.append("</polyline>\n");
        return this;
    }

    Svg circle(double x, double y, double r, String fill, String tooltip) {
        svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\">");
        title(tooltip);
        svg.append("</circle>\n");
        return this;
    }

    String finish() {
        return svg.append("</svg>\n").toString();
    }

    /** A browser's tooltip: the full, unabridged text behind an ellipsized label. */
    private void title(String tooltip) {
        if (tooltip != null) {
            svg.append("<title>").append(Html.escape(tooltip)).append("</title>");
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package dev.hammerbench.report;

import java.util.List;

/**
 * Horizontal bars, one group per server, one bar per series (throughput; RSS before, after and
 * peak). Horizontal, because server names are long and read best left of their bars.
 *
 * @param label what the chart shows, for screen readers
 * @param categories one group per category (server), top to bottom
 * @param series the bars of each group, with a legend when more than one
 * @param values [category][series]; NaN: unknown, no bar
 * @param labels [category][series]: the text beside each bar
 */
record BarChart(String label, List<String> categories, List<String> series, double[][] values, String[][] labels) {

    private static final int WIDTH = 900;
    private static final int LEFT = 210;
    private static final int BAR = 16;
    private static final int GROUP_GAP = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 28;

    String render() {
        int groupHeight = series.size() * BAR + GROUP_GAP;
        int height = TOP + categories.size() * groupHeight + BOTTOM;
        double plotWidth = WIDTH - LEFT - right();
        List<Double> ticks = Axis.linear(max(), 5);
        double top = ticks.get(ticks.size() - 1);
        Svg svg = new Svg(WIDTH, height, label);
        double axisY = height - BOTTOM;
        for (double tick : ticks) {
            double x = LEFT + plotWidth * tick / top;
            svg.line(x, TOP - 6, x, axisY, "#ddd", null);
            svg.text(x, axisY + 16, "middle", Units.tick(tick), null);
        }
        legend(svg);
        for (int c = 0; c < categories.size(); c++) {
            double groupY = TOP + c * groupHeight;
            String name = categories.get(c);
            svg.text(LEFT - 8, groupY + series.size() * BAR / 2.0 + 4, "end", Text.ellipsize(Text.oneLine(name), 28),
                    name);
            for (int s = 0; s < series.size(); s++) {
                double value = values[c][s];
                double y = groupY + s * BAR;
                String shown = labels[c][s];
                double width = Double.isNaN(value) ? 0 : plotWidth * value / top;
                svg.rect(LEFT, y + 1, width, BAR - 2, Svg.color(series.size() == 1 ? c : s),
                        name + " " + series.get(s) + ": " + shown);
                svg.text(LEFT + width + 4, y + BAR - 4, "start", shown, null);
            }
        }
        svg.line(LEFT, TOP - 6, LEFT, axisY, "#333", null);
        return svg.finish();
    }

    private void legend(Svg svg) {
        if (series.size() < 2) {
            return;
        }
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.rect(x, 6, 12, 12, Svg.color(s), null);
            svg.text(x + 16, 16, "start", series.get(s), null);
            x += 24 + 8 * Text.width(series.get(s));
        }
    }

    /** Room right of the longest bar for its label, at about 7 px a character of 12 px text. */
    private int right() {
        int longest = 0;
        for (String[] row : labels) {
            for (String text : row) {
                longest = Math.max(longest, Text.width(text));
            }
        }
        return 24 + 7 * longest;
    }

    private double max() {
        double max = 0;
        for (double[] row : values) {
            for (double value : row) {
                if (!Double.isNaN(value)) {
                    max = Math.max(max, value);
                }
            }
        }
        return max;
    }
}

package dev.hammerbench.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Lines, one per server: latency by percentile (log scale, so 2 ms and 2 s both show) and
 * memory over time (linear). The legend is HTML beside the drawing ({@link Charts}), where long
 * names wrap instead of running off the picture.
 *
 * @param label what the chart shows, for screen readers
 * @param series one line each, in palette order
 * @param xTicks positions and labels along the x axis
 * @param logY a logarithmic y axis; every y must then be > 0
 * @param formatY a y value as its axis label
 */
record LineChart(String label, List<Series> series, List<Tick> xTicks, boolean logY, DoubleFunction<String> formatY) {

    /** @param color index into the palette, so a server keeps its colour in every chart */
    record Series(String name, int color, List<double[]> points) {
    }

    record Tick(double x, String label) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 340;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    String render() {
        Svg svg = new Svg(WIDTH, HEIGHT, label);
        double minX = xTicks.stream().mapToDouble(Tick::x).min().orElse(0);
        double maxX = xTicks.stream().mapToDouble(Tick::x).max().orElse(1);
        List<Double> yTicks = logY ? Axis.log(minY(), maxY()) : Axis.linear(maxY(), 5);
        double low = yTicks.get(0);
        double high = yTicks.get(yTicks.size() - 1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (double tick : yTicks) {
            double y = TOP + plotHeight * (1 - fraction(tick, low, high));
            svg.line(LEFT, y, WIDTH - RIGHT, y, "#ddd", null);
            svg.text(LEFT - 6, y + 4, "end", formatY.apply(tick), null);
        }
        for (Tick tick : xTicks) {
            double x = LEFT + plotWidth * (tick.x() - minX) / Math.max(1e-9, maxX - minX);
            svg.line(x, TOP, x, HEIGHT - BOTTOM, "#eee", null);
            svg.text(x, HEIGHT - BOTTOM + 18, "middle", tick.label(), null);
        }
        for (Series line : series) {
            String color = Svg.color(line.color());
            List<double[]> points = line.points().stream().map(p -> new double[] {
                LEFT + plotWidth * (p[0] - minX) / Math.max(1e-9, maxX - minX),
                TOP + plotHeight * (1 - fraction(p[1], low, high))}).toList();
            svg.polyline(points, color, line.name());
            for (int i = 0; i < points.size(); i++) {
                double[] point = points.get(i);
                svg.circle(point[0], point[1], 3, color, line.name() + ": " + formatY.apply(line.points().get(i)[1]));
            }
        }
        svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333", null);
        svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333", null);
        return svg.finish();
    }

    private double fraction(double value, double low, double high) {
        if (logY) {
            return (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        }
        return (value - low) / (high - low);
    }

    private double minY() {
        return series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).filter(y -> y > 0).min()
                .orElse(1);
    }

    private double maxY() {
        return series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1);
    }
}

package dev.hammerbench.report;

import java.util.ArrayList;
import java.util.List;

/** Tick values for a chart axis: round numbers a reader can interpolate between. */
final class Axis {

    private Axis() {
    }

    /** Ticks 0..top in 1, 2 or 5 times a power of ten, at most {@code maxTicks} steps; top >= max. */
    static List<Double> linear(double max, int maxTicks) {
        double span = max > 0 ? max : 1;
        double raw = span / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= maxTicks + 1; i++) {
            ticks.add(i * step);
            if (i * step >= span) {
                break;
            }
        }
        return ticks;
    }

    /** Powers of ten from below {@code min} to above {@code max}, both > 0. */
    static List<Double> log(double min, double max) {
        double low = Math.pow(10, Math.floor(Math.log10(min)));
        double high = Math.pow(10, Math.ceil(Math.log10(max)));
        if (high <= low) {
            high = low * 10;
        }
        List<Double> ticks = new ArrayList<>();
        // Bounded: a nanosecond to a day is 14 decades.
        for (double tick = low; tick <= high * 1.0001 && ticks.size() < 20; tick *= 10) {
            ticks.add(tick);
        }
        return ticks;
    }
}

package dev.hammerbench.assertj;

import dev.hammerbench.result.Sensitivity;
import dev.hammerbench.result.Shift;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks that set one server against another; each returns the failure message or null. Memory
 * is one reading per server (after the last round), so the size check has no interval.
 */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * Over rounds the check takes the conservative end: the low end of the interval of the ratio
     * (Hodges-Lehmann with Mann-Whitney's critical value, {@link Shift}) must reach the factor.
     */
    static String faster(Target target, Target other, double factor) {
        Optional<Shift> shift = overRounds(target, other);
        if (shift.isPresent()) {
            Shift s = shift.get();
            if (s.low() >= factor) {
                return null;
            }
            return Message.expecting("throughput", target)
                    .toBe("at least " + Format.number(factor, 3) + " x the throughput of " + other.label()
                            + ", at the low end of the interval", Format.number(factor, 3) + " x")
                    .butWas(interval(s))
                    .fact("median throughput", medians(target, other))
                    .toString();
        }
        double own = target.hammer().throughput();
        double theirs = other.hammer().throughput();
        if (own >= factor * theirs) {
            return null;
        }
        return Message.expecting("throughput", target)
                .toBe("at least " + Format.number(factor, 3) + " x the throughput of " + other.label(),
                        Format.perSecond(factor * theirs) + " (" + Format.number(factor, 3) + " x "
                                + Format.perSecond(theirs) + ")")
                .butWas(Format.perSecond(own) + (theirs > 0 ? " (" + Format.number(own / theirs, 3) + " x)" : ""))
                .toString();
    }

    /**
     * Fails only when {@code other} is significantly faster (Mann-Whitney U at 95 %); with fewer
     * rounds than the test needs to ever reach 5 % it fails too, since it could never catch a regression.
     */
    static String notSignificantlySlower(Target target, Target other) {
        int fewest = Math.min(rounds(target), rounds(other));
        if (fewest < Shift.minimumRounds()) {
            return Message.expecting("throughput", target)
                    .toBe("not significantly below the throughput of " + other.label() + " (" + Shift.TEST + ")",
                            "a comparison over at least " + Shift.minimumRounds() + " rounds a server")
                    .butWas(fewest + (fewest == 1 ? " round" : " rounds") + ", at which the smallest possible p is "
                            + Format.number(Shift.minimumPValue(fewest, fewest), 3) + ": set @Hammer(rounds = 5)"
                            + " or -D" + "hammerbench.rounds=5")
                    .toString();
        }
        Optional<Shift> theirs = other.server().throughputRatio(target.server());
        if (theirs.isEmpty()) {
            return Message.expecting("throughput", target)
                    .toBe("not significantly below the throughput of " + other.label(), "comparable")
                    .butWas("a round without a single success on one side; " + medians(target, other))
                    .toString();
        }
        Shift s = theirs.get();
        if (!s.significant() || s.ratio() <= 1) {
            return null;
        }
        return Message.expecting("throughput", target)
                .toBe("not significantly below the throughput of " + other.label(), Shift.TEST)
                .butWas(Format.number(s.ratio(), 3) + " x slower, p = " + Format.number(s.pValue(), 4)
                        + " (" + Format.number(s.coverage() * 100, 1) + " % interval " + Format.number(s.low(), 3)
                        + " .. " + Format.number(s.high(), 3) + " x)")
                .fact("median throughput", medians(target, other))
                .toString();
    }

    /**
     * {@link #notSignificantlySlower}, and the rounds could have caught a slowdown of {@code catching}
     * times nine runs in ten ({@link Sensitivity}): a guard that passes because its rounds were too few
     * or too noisy to see the regression fails instead, saying what they could see.
     */
    static String notSignificantlySlowerCatching(Target target, Target other, double catching) {
        String slower = notSignificantlySlower(target, other);
        if (slower != null) {
            return slower;
        }
        Optional<Sensitivity> sensitivity = other.server().throughputSensitivity(target.server());
        OptionalDouble detectable = sensitivity.map(Sensitivity::detectableRatio).orElse(OptionalDouble.empty());
        if (detectable.isPresent() && detectable.getAsDouble() <= catching) {
            return null;
        }
        return Message.expecting("throughput", target)
                .toBe("not significantly below the throughput of " + other.label() + ", in rounds that catch a"
                        + " slowdown of " + Format.number(catching, 3) + " x nine runs in ten",
                        Format.number(catching, 3) + " x")
                .butWas((detectable.isPresent() ? "rounds that catch one nine runs in ten only from "
                        + Format.number(detectable.getAsDouble(), 3) + " x" : "rounds that catch none up to 20 x")
                        + " (req/s varying " + Format.number(100 * variation(target), 1) + " % and "
                        + Format.number(100 * variation(other), 1) + " % over " + rounds(target) + " and " + rounds(other)
                        + " rounds): more rounds, or steadier ones (warm-up, a quieter machine); README, \"When verdicts"
                        + " change between runs\"")
                .fact("median throughput", medians(target, other))
                .toString();
    }

    private static double variation(Target target) {
        return target.server().speed().throughput().coefficientOfVariation();
    }

    private static Optional<Shift> overRounds(Target target, Target other) {
        if (target.server() == null || other.server() == null || rounds(target) < 2 && rounds(other) < 2) {
            return Optional.empty();
        }
        return target.server().throughputRatio(other.server());
    }

    private static int rounds(Target target) {
        return target.server() == null ? 1 : target.server().perRound().size();
    }

    private static String interval(Shift s) {
        return Format.number(s.ratio(), 3) + " x (" + Format.number(s.coverage() * 100, 1) + " % interval "
                + Format.number(s.low(), 3) + " .. " + Format.number(s.high(), 3) + " x, Hodges-Lehmann over "
                + s.roundsA() + " vs " + s.roundsB() + " rounds)";
    }

    private static String medians(Target target, Target other) {
        return Format.perSecond(median(target)) + " vs " + Format.perSecond(median(other)) + " (" + other.label() + ")";
    }

    private static double median(Target target) {
        return target.server() == null ? target.hammer().throughput() : target.server().speed().throughput().median();
    }

    static String smaller(Target target, Target other, double factor) {
        String figure = "RSS after the load";
        String relation = "at most 1/" + Format.number(factor, 3) + " of the RSS after the load of " + other.label();
        for (Target side : new Target[] {target, other}) {
            if (side.server() == null || !side.server().hasMemory()) {
                return Message.expecting(figure, target).line("to be " + relation)
                        .line("but " + NotMeasured.reason(side)).toString();
            }
        }
        long own = target.server().after().orElseThrow().rss();
        long theirs = other.server().after().orElseThrow().rss();
        if (own * factor <= theirs) {
            return null;
        }
        return Message.expecting(figure, target)
                .toBe(relation, Format.mib((long) (theirs / factor)) + " (" + Format.mib(theirs) + " / "
                        + Format.number(factor, 3) + ")")
                .butWas(Format.mibAndBytes(own) + (own > 0 ? "; the other has " + Format.number((double) theirs / own, 3)
                        + " x as much" : ""))
                .toString();
    }
}

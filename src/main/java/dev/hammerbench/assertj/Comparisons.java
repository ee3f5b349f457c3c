package dev.hammerbench.assertj;

/** Checks that set one server against another; each returns the failure message or null. */
final class Comparisons {

    private Comparisons() {
    }

    static String faster(Target target, Target other, double factor) {
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

    static String smaller(Target target, Target other, double factor) {
        String figure = "RSS after the load";
        String relation = "at most 1/" + Format.number(factor, 3) + " of the RSS after the load of " + other.label();
        for (Target side : new Target[] {target, other}) {
            if (side.server() == null || !side.server().hasMemory()) {
                return Message.expecting(figure, target).line("to be " + relation)
                        .line("but " + NotMeasured.reason(side)).toString();
            }
        }
        long own = target.server().after().rss();
        long theirs = other.server().after().rss();
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

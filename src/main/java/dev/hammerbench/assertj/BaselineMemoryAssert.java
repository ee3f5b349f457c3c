package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.ServerResult;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Resident memory now against the baseline's: {@code .memory().rssAfter().growsAtMostMiB(20)}.
 * Memory is one reading a side (around all rounds), so there is no interval: the plain difference.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineMemoryAssert {

    private final BaselineAssert parent;

    BaselineMemoryAssert(BaselineAssert parent) {
        this.parent = parent;
    }

    /** RSS after the load (after the last round). */
    public Figure rssAfter() {
        return figure("RSS after the load", "rssAfter");
    }

    /** The highest RSS during the load. */
    public Figure peakRss() {
        return figure("peak RSS", "peakRss");
    }

    private Figure figure(String label, String name) {
        BaselineCheck check = parent.check();
        ServerResult actual = parent.actual();
        return new Figure(actual, check, label, check.server(actual.name()).orElseThrow().memory(name),
                BaselineFigures.of(actual).memory(name));
    }

    /** One memory figure now against the baseline. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Figure extends AbstractAssert<Figure, ServerResult> {

        private final BaselineCheck check;
        private final String label;
        private final OptionalLong baseline;
        private final OptionalLong now;

        Figure(ServerResult actual, BaselineCheck check, String label, OptionalLong baseline, OptionalLong now) {
            super(actual, Figure.class);
            this.check = check;
            this.label = label;
            this.baseline = baseline;
            this.now = now;
        }

        /** Verifies that the figure is at most {@code mib} MiB above the baseline's. */
        public Figure growsAtMostMiB(double mib) {
            Arguments.positive("MiB", mib);
            return limit(Math.round(mib * Format.MIB), "at most " + Format.number(mib, 2) + " MiB above the baseline");
        }

        /** Verifies that the figure is at most {@code percent} % above the baseline's. */
        public Figure growsAtMostPercent(double percent) {
            Arguments.positive("percent", percent);
            long allowed = baseline.isPresent() ? (long) Math.floor(baseline.getAsLong() * percent / 100) : 0;
            return limit(allowed, "at most " + Format.percent(percent) + " above the baseline");
        }

        private Figure limit(long allowedGrowth, String relation) {
            if (baseline.isEmpty() || now.isEmpty()) {
                return Warnings.report(this, check, Message.expecting(label, Target.of(actual))
                        .toBe(relation, "a reading on both sides")
                        .butWas((baseline.isEmpty() ? "none in the baseline" : "none now")
                                + ": the server was not launched here or the platform does not tell").toString());
            }
            long growth = now.getAsLong() - baseline.getAsLong();
            if (growth <= allowedGrowth) {
                return this;
            }
            return Warnings.report(this, check, Message.expecting(label, Target.of(actual))
                    .toBe(relation, Format.mibAndBytes(baseline.getAsLong() + allowedGrowth))
                    .butWas(Format.mibAndBytes(now.getAsLong()))
                    .fact("baseline", Format.mibAndBytes(baseline.getAsLong()) + " in " + check.file())
                    .fact("now", Format.mibAndBytes(now.getAsLong()))
                    .fact("difference", (growth >= 0 ? "+" : "-") + Format.mibAndBytes(Math.abs(growth)) + " ("
                            + BaselineFigureAssert.signed(100.0 * growth / Math.max(1, baseline.getAsLong())) + ")")
                    .fact("limit", "+" + Format.mibAndBytes(allowedGrowth))
                    .line("no interval: memory is one reading a side").toString());
        }
    }
}

package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.ServerResult;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks on a launched server's resident memory (RSS of its whole process group), taken after the
 * settle delay before and after the load. Limits are strict, in percent or MiB (1024 x 1024 bytes).
 * A server nobody launched has no memory figures and fails every check, saying so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractMemoryAssert<SELF extends AbstractMemoryAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractHammerAssert<SELF, ACTUAL> {

    protected AbstractMemoryAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Verifies that RSS after the load grew by less than {@code percent} % of RSS before it. */
    public SELF growsLessThanPercent(double percent) {
        Arguments.positive("RSS growth limit in percent", percent);
        String limit = Format.percent(percent);
        return measured("RSS growth", "less than", limit, server -> {
            if (server.rssGrowthPercent().isEmpty()) {
                return "was not measurable: RSS before the load was 0 bytes";
            }
            double growth = server.rssGrowthPercent().getAsDouble();
            return growth < percent ? null : "was:\n  " + Format.percent(growth) + beforeAfter(server);
        });
    }

    /** Verifies that RSS after the load exceeds RSS before it by less than {@code mib} MiB. */
    public SELF growsLessThanMiB(double mib) {
        Arguments.positive("RSS growth limit in MiB", mib);
        return measured("RSS growth", "less than", Format.number(mib, 2) + " MiB", server -> {
            long growth = server.rssGrowth().getAsLong();
            return growth < mib * Format.MIB ? null : "was:\n  " + Format.mibAndBytes(growth) + beforeAfter(server);
        });
    }

    /** Verifies that the highest RSS seen during the load stayed less than {@code mib} MiB (strict). */
    public SELF peaksLessThanMiB(double mib) {
        Arguments.positive("peak RSS limit in MiB", mib);
        return measured("peak RSS during the load", "less than", Format.number(mib, 2) + " MiB", server -> {
            if (server.peakRss().isEmpty()) {
                return "was not measured in this round (the platform did not report a peak)";
            }
            long peak = server.peakRss().getAsLong();
            return peak < mib * Format.MIB ? null : "was:\n  " + Format.mibAndBytes(peak);
        });
    }

    /** Verifies that RSS after the load (and the settle delay) is less than {@code mib} MiB (strict). */
    public SELF rssAfterLessThanMiB(double mib) {
        Arguments.positive("RSS-after limit in MiB", mib);
        return measured("RSS after the load", "less than", Format.number(mib, 2) + " MiB", server -> {
            long after = server.after().orElseThrow().rss();
            return after < mib * Format.MIB ? null : "was:\n  " + Format.mibAndBytes(after);
        });
    }

    /**
     * Runs a check that needs memory figures. {@code butClause} gets a server with figures and
     * returns null when it passes, else the text after "but ".
     */
    private SELF measured(String figure, String relation, String limit, Function<ServerResult, String> butClause) {
        return verify(target -> {
            String but = target.server() == null || !target.server().hasMemory()
                    ? NotMeasured.reason(target)
                    : butClause.apply(target.server());
            return but == null ? null : Message.expecting(figure, target).toBe(relation, limit).line("but " + but).toString();
        });
    }

    private static String beforeAfter(ServerResult server) {
        return "\nRSS before -> after:\n  " + Format.mib(server.before().orElseThrow().rss()) + " -> " + Format.mib(server.after().orElseThrow().rss());
    }
}

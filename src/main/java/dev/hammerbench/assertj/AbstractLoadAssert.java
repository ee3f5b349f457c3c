package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.Outcomes;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Checks on how a target took the load: success rate, errors, outcome counts, throughput, and the
 * way to its latency.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractLoadAssert<SELF extends AbstractLoadAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractHammerAssert<SELF, ACTUAL> {

    protected AbstractLoadAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The latency checks, on the same target(s). */
    public abstract AbstractLatencyAssert<?, ?> latency();

    /**
     * Verifies that succeeded calls (status as the plan expected) make up at least {@code fraction}
     * of the calls sent; a call unanswered at the deadline counts as failed.
     *
     * @param fraction 0 to 1, e.g. 0.99 for 99 %
     * @throws IllegalArgumentException when {@code fraction} is outside 0..1
     */
    public SELF hasSuccessRateAtLeast(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("success rate must be a fraction from 0 to 1 (e.g. 0.99 for 99 %), but was "
                    + fraction);
        }
        return verify(target -> {
            HammerResult hammer = target.hammer();
            if (hammer.sent() > 0 && hammer.successRate() >= fraction) {
                return null;
            }
            return Message.expecting("success rate", target)
                    .toBe("at least", Format.percent(fraction * 100))
                    .butWas(Format.percent(hammer.successRate() * 100) + " (" + hammer.succeeded() + " of "
                            + hammer.sent() + " calls succeeded)")
                    .fact("outcomes", hammer.outcomes().toString())
                    .toString();
        });
    }

    /**
     * Verifies that no call ended in an error (connect or response timeout, refused, reset, protocol
     * error, other:*) and that every call sent completed before the deadline.
     */
    public SELF hasNoErrors() {
        return verify(target -> {
            HammerResult hammer = target.hammer();
            Outcomes outcomes = hammer.outcomes();
            long unfinished = hammer.sent() - hammer.completed();
            if (outcomes.errors() == 0 && unfinished == 0) {
                return null;
            }
            Message message = Message.expecting("outcomes", target)
                    .line("to have no errors and every call completed")
                    .fact("but had", Format.count(outcomes.errors(), "error") + " and " + Format.count(unfinished, "call")
                            + " not completed ("
                            + hammer.sent() + " sent, " + hammer.completed() + " completed)")
                    .fact("outcomes", outcomes.toString());
            if (!outcomes.samples().isEmpty()) {
                StringBuilder samples = new StringBuilder();
                outcomes.counts().keySet().stream().filter(outcomes.samples()::containsKey).forEach(key -> samples
                        .append(samples.length() == 0 ? "" : "\n").append(key).append(": ").append(outcomes.samples().get(key)));
                message.fact("error samples", samples.toString());
            }
            return message.toString();
        });
    }

    /**
     * Verifies the number of calls that ended with outcome {@code key}.
     *
     * @param key an HTTP status ("200"), an {@link ErrorClass} label ("resp-timeout") or "other:SSLException"
     * @throws IllegalArgumentException for a key that is neither, or a negative count
     */
    public SELF hasOutcomeCount(String key, long expected) {
        OutcomeKeys.check(key);
        Arguments.notNegative("expected count of outcome \"" + key + "\"", expected);
        return verify(target -> {
            Outcomes outcomes = target.hammer().outcomes();
            if (outcomes.count(key) == expected) {
                return null;
            }
            return Message.expecting("count of outcome " + Format.quoted(key), target)
                    .fact("to be", Long.toString(expected))
                    .butWas(Long.toString(outcomes.count(key)))
                    .fact("outcomes", outcomes.toString())
                    .toString();
        });
    }

    /** Verifies the number of calls that ended in error class {@code error}. */
    public SELF hasErrorCount(ErrorClass error, long expected) {
        return hasOutcomeCount(Objects.requireNonNull(error, "error class").label(), expected);
    }

    /**
     * Verifies the number of calls answered with HTTP status {@code status}.
     *
     * @throws IllegalArgumentException for a status outside 100..599, or a negative count
     */
    public SELF hasStatusCount(int status, long expected) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be from 100 to 599, but was " + status);
        }
        return hasOutcomeCount(Integer.toString(status), expected);
    }

    /** Verifies that successful calls per second of wall time are at least {@code callsPerSecond}. */
    public SELF hasThroughputAtLeast(double callsPerSecond) {
        Arguments.positive("throughput limit (calls per second)", callsPerSecond);
        return verify(target -> {
            HammerResult hammer = target.hammer();
            if (hammer.throughput() >= callsPerSecond) {
                return null;
            }
            return Message.expecting("throughput", target)
                    .toBe("at least", Format.perSecond(callsPerSecond))
                    .butWas(Format.perSecond(hammer.throughput()) + " (" + hammer.succeeded() + " calls succeeded in "
                            + Format.duration(hammer.wall()) + ")")
                    .toString();
        });
    }
}

package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;
import org.apiguardian.api.API;

/**
 * The entry point to Hammerbench's assertions, in AssertJ's manner:
 *
 * <pre>{@code
 * HammerAssertions.assertThat(comparison).everyServer().hasSuccessRateAtLeast(0.99);
 * HammerAssertions.assertThat(jetty).memory().growsLessThanPercent(10);
 * HammerAssertions.assertThat(comparison).server("jetty").isFasterThan("bottle", 2);
 * }</pre>
 *
 * For soft use see {@link HammerSoftAssertions}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HammerAssertions {

    private HammerAssertions() {
    }

    public static ComparisonAssert assertThat(Comparison actual) {
        return new ComparisonAssert(actual);
    }

    public static ServerResultAssert assertThat(ServerResult actual) {
        return new ServerResultAssert(actual);
    }

    public static HammerResultAssert assertThat(HammerResult actual) {
        return new HammerResultAssert(actual);
    }
}

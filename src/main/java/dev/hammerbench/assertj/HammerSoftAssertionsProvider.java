package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;
import org.apiguardian.api.API;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft {@code assertThat} for Hammerbench results, to mix into any AssertJ soft assertions class:
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements HammerSoftAssertionsProvider {}
 * }</pre>
 *
 * Every check, including those reached through {@code memory()}, {@code latency()},
 * {@code server(..)} and {@code everyServer()}, is collected instead of thrown.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface HammerSoftAssertionsProvider extends SoftAssertionsProvider {

    default ComparisonAssert assertThat(Comparison actual) {
        return proxy(ComparisonAssert.class, Comparison.class, actual).collectingInto(this);
    }

    default ServerResultAssert assertThat(ServerResult actual) {
        return proxy(ServerResultAssert.class, ServerResult.class, actual).collectingInto(this);
    }

    default HammerResultAssert assertThat(HammerResult actual) {
        return proxy(HammerResultAssert.class, HammerResult.class, actual).collectingInto(this);
    }
}

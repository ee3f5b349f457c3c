package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Collects every failed Hammerbench check and reports them together in {@link #assertAll()}:
 *
 * <pre>{@code
 * HammerSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(comparison).server("jetty").hasNoErrors();
 *     softly.assertThat(comparison).everyServer().latency().p99LessThan(Duration.ofMillis(50));
 * });
 * }</pre>
 *
 * Also works with AssertJ's {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}). To
 * mix with AssertJ's own soft assertions, implement {@link HammerSoftAssertionsProvider} on a
 * subclass of {@code SoftAssertions}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class HammerSoftAssertions extends AbstractSoftAssertions implements HammerSoftAssertionsProvider {

    /** Runs {@code softly}, then fails with every collected failure, if any. */
    public static void assertSoftly(Consumer<HammerSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(HammerSoftAssertions.class, softly);
    }
}

package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.hammerbench.result.PlanSummary;
import java.util.Optional;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HammerPlanTest {

    @Test
    void defaultsAreTheSeeds() {
        PlanSummary plan = HammerPlan.builder().build().summary();

        // every call at once starts one call every 1.25 ms: the last of 2000 at 2.49875 s
        assertThat(plan).isEqualTo(new PlanSummary(2000, Optional.empty(), 0, 0, Duration.ofSeconds(1), false, 0, 1.0,
                "GET", "", Optional.empty(), Duration.ofNanos(2_498_750_000L), true));
        assertThat(plan.openModel()).isFalse();
        assertThat(HammerPlan.builder().build().expectStatus()).isEmpty();
    }

    @Test
    void rampUpSpreadsTheStartsAndOnlyEveryCallAtOnceHasADefaultPace() {
        assertThat(HammerPlan.builder().rampUp(Duration.ZERO).build().summary().rampUp()).isZero();
        assertThat(HammerPlan.builder().rampUp(Duration.ZERO).build().summary().rampUpDefault()).isFalse();
        HammerPlan ramped = HammerPlan.builder().calls(100).concurrency(10).rampUp(Duration.ofSeconds(2)).build();
        assertThat(ramped.rampUp()).contains(Duration.ofSeconds(2));
        assertThat(ramped.summary().rampUp()).isEqualTo(Duration.ofSeconds(2));
        // with a concurrency, callers start together unless asked; an open round's schedule sets its starts
        assertThat(HammerPlan.builder().concurrency(50).build().summary().rampUp()).isZero();
        assertThat(HammerPlan.builder().calls(10).rate(5).build().summary().rampUp()).isZero();
        assertThat(HammerPlan.builder().calls(10).build().rampUp()).isEmpty();
        // scaled like the calls, so the pace stays
        assertThat(HammerPlan.builder().calls(2000).rampUp(Duration.ofSeconds(2)).scale(0.1).build().summary().rampUp())
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void scaleMultipliesCallsDurationAndWarmupAndIsReported() {
        PlanSummary byCalls = HammerPlan.builder().calls(2000).warmup(100).scale(0.1).build().summary();
        PlanSummary byTime = HammerPlan.builder().duration(Duration.ofSeconds(30)).concurrency(4)
                .warmup(Duration.ofSeconds(5)).scale(0.1).build().summary();
        PlanSummary defaults = HammerPlan.builder().scale(0.5).build().summary();

        assertThat(byCalls.calls()).isEqualTo(200);
        assertThat(byCalls.warmup()).isEqualTo(10);
        assertThat(byCalls.scale()).isEqualTo(0.1);
        assertThat(byCalls.scaled()).isTrue();
        assertThat(byTime.duration()).contains(Duration.ofSeconds(3));
        assertThat(byTime.calls()).isZero();
        assertThat(byTime.warmupDuration()).contains(Duration.ofMillis(500));
        assertThat(byCalls.warmupDuration()).isEmpty();
        assertThat(defaults.calls()).isEqualTo(1000);
        assertThat(HammerPlan.builder().calls(3).scale(0.01).build().calls()).isEqualTo(1);
    }

    @Test
    void methodIsTakenInAnyCaseAndSentInUpperCase() {
        assertThat(HammerPlan.builder().method(" post ").build().method()).isEqualTo("POST");
    }

    @Test
    void everyAttributeIsKept() {
        HammerPlan plan = HammerPlan.builder().duration(Duration.ofSeconds(5)).concurrency(7).rate(250.5)
                .timeout(Duration.ofMillis(300)).keepAlive(true).warmup(9).method("PUT").path("/p?q=1")
                .header("X-A", "1").header("X-B", "2").body("hi").expectStatus(201, 204).allowRemote(true).build();

        assertThat(plan.summary()).isEqualTo(new PlanSummary(0, Optional.of(Duration.ofSeconds(5)), 7, 250.5,
                Duration.ofMillis(300), true, 9, 1.0, "PUT", "/p?q=1", Optional.empty(), Duration.ZERO, true));
        assertThat(plan.headers()).extracting(h -> h.getKey() + ": " + h.getValue()).containsExactly("X-A: 1", "X-B: 2");
        assertThat(plan.body()).isEqualTo("hi");
        assertThat(plan.expectStatus()).containsExactly(201, 204);
        assertThat(plan.allowRemote()).isTrue();
    }

    static Stream<Arguments> invalidPlans() {
        return Stream.of(
                invalid("calls zero", b -> b.calls(0), "calls = 0 must be at least 1; accepted: a positive number of calls"),
                invalid("calls negative", b -> b.calls(-5), "calls = -5 must be at least 1; accepted:"),
                invalid("rampUp negative", b -> b.rampUp(Duration.ofSeconds(-1)),
                        "rampUp = PT-1S must not be negative; accepted: 0 (every caller at once) or a positive duration"),
                invalid("rampUp with rate", b -> b.rate(10).rampUp(Duration.ofSeconds(1)),
                        "rampUp = PT1S spreads the starts of a closed round, but rate = 10.0 makes this an open round"),
                invalid("rampUp past duration", b -> b.duration(Duration.ofSeconds(2)).concurrency(2)
                        .rampUp(Duration.ofSeconds(3)), "rampUp = PT3S is not shorter than duration = PT2S"),
                invalid("rampUp past deadline", b -> b.deadline(Duration.ofSeconds(2)).rampUp(Duration.ofSeconds(2)),
                        "rampUp = PT2S is not shorter than deadline = PT2S"),
                invalid("deadline zero", b -> b.deadline(Duration.ZERO), "deadline = PT0S must be positive; accepted: a positive duration"),
                invalid("calls and duration", b -> b.calls(10).duration(Duration.ofSeconds(1)),
                        "calls = 10 and duration = PT1S are both set, but exactly one bounds a round; accepted: calls, or"
                                + " duration, not both"),
                invalid("duration zero", b -> b.duration(Duration.ZERO).concurrency(1),
                        "duration = PT0S must be positive; accepted: a positive duration"),
                invalid("duration negative", b -> b.duration(Duration.ofSeconds(-1)).concurrency(1),
                        "duration = PT-1S must be positive"),
                invalid("duration all at once", b -> b.duration(Duration.ofSeconds(3)),
                        "concurrency = 0 means every call at once, which needs a number of calls, but duration = PT3S"
                                + " bounds this round; accepted: with a duration, a positive concurrency or a rate"),
                invalid("concurrency negative", b -> b.concurrency(-1),
                        "concurrency = -1 must not be negative; accepted: 0 (every call in flight at once) or a positive"),
                invalid("rate negative", b -> b.rate(-1), "rate = -1.0 is not a usable rate; accepted: 0 (as fast as"),
                invalid("rate NaN", b -> b.rate(Double.NaN), "rate = NaN is not a usable rate; accepted:"),
                invalid("rate infinite", b -> b.rate(Double.POSITIVE_INFINITY), "rate = Infinity is not a usable rate"),
                invalid("timeout zero", b -> b.timeout(Duration.ZERO),
                        "timeout = PT0S must be positive; accepted: a positive duration such as \"1s\""),
                invalid("timeout negative", b -> b.timeout(Duration.ofMillis(-1)), "timeout = PT-0.001S must be positive"),
                invalid("timeout null", b -> b.timeout(null), "timeout = null must be positive"),
                invalid("warmup negative", b -> b.warmup(-1),
                        "warmup = -1 must not be negative; accepted: 0 (no warm-up) or a positive number of calls"),
                invalid("warmup calls and duration", b -> b.warmup(100).warmup(Duration.ofSeconds(5)).concurrency(4),
                        "warmup = PT5S is a duration, but 100 warm-up calls are set as well; accepted: a number of"
                                + " warm-up calls or a warm-up duration, not both"),
                invalid("warmup duration zero", b -> b.warmup(Duration.ZERO).concurrency(4),
                        "warmup = PT0S must be positive; accepted: a positive duration such as \"5s\", or none"),
                invalid("warmup duration all at once", b -> b.warmup(Duration.ofSeconds(5)),
                        "warmup = PT5S is a duration, but concurrency = 0 sends every call at once, which needs a"
                                + " number of calls; accepted: with every call at once, a number of warm-up calls"),
                invalid("method blank", b -> b.method(" "), "method = \" \" is blank; accepted: one of GET, HEAD, POST,"
                        + " PUT, DELETE, PATCH, OPTIONS, TRACE"),
                invalid("method null", b -> b.method(null), "method = null is blank; accepted: one of GET"),
                invalid("method unknown", b -> b.method("FETCH"),
                        "method = \"FETCH\" is not a method the engine sends; accepted: one of GET, HEAD"),
                invalid("method CONNECT", b -> b.method("CONNECT"), "method = \"CONNECT\" is not a method"),
                invalid("path with host", b -> b.path("http://elsewhere/x"),
                        "path = \"http://elsewhere/x\" names a scheme or host; the server URL gives those; accepted: a"
                                + " path relative to the server URL"),
                invalid("path bad syntax", b -> b.path("/a b"), "path = \"/a b\" is not a valid URI path"),
                invalid("header name blank", b -> b.header("", "x"), "headers = \": x\" has no valid header name;"
                        + " accepted: \"Name: value\""),
                invalid("header name with colon", b -> b.header("X:Y", "x"), "headers = \"X:Y: x\" has no valid header"),
                invalid("header value line break", b -> b.header("X-A", "a\r\nEvil: 1"),
                        "headers = \"X-A: a\\r\\nEvil: 1\" has no value or a line break in it; accepted: a single-line"
                                + " value"),
                invalid("header Connection", b -> b.header("Connection", "close"),
                        "headers = \"Connection: close\" is set by the engine (keepAlive decides Connection"),
                invalid("header Content-Length", b -> b.header("content-length", "5"), "headers = \"content-length: 5\""
                        + " is set by the engine (keepAlive decides Connection, the body its length); accepted: any"
                        + " header except Connection, Keep-Alive, Content-Length, Transfer-Encoding, TE, Upgrade"),
                invalid("expectStatus out of range", b -> b.expectStatus(200, 99),
                        "expectStatus = 99 is not an HTTP status; accepted: statuses 100..599, or {} for any 2xx"),
                invalid("expectStatus 600", b -> b.expectStatus(600), "expectStatus = 600 is not an HTTP status"),
                invalid("body null", b -> b.body(null), "body = null must not be null; accepted: a string"),
                invalid("scale zero", b -> b.scale(0), "scale (hammerbench.calls.scale) = 0.0 is not a usable factor;"
                        + " accepted: a finite positive factor"),
                invalid("scale NaN", b -> b.scale(Double.NaN), "scale (hammerbench.calls.scale) = NaN is not"));
    }

    private static Arguments invalid(String name, UnaryOperator<HammerPlanBuilder> plan, String message) {
        return Arguments.of(name, plan, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPlans")
    void invalidPlanIsRejectedNamingTheAttributeAndWhatIsAccepted(String name, UnaryOperator<HammerPlanBuilder> plan,
            String message) {
        HammerPlanBuilder builder = plan.apply(HammerPlan.builder());

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageStartingWith(message);
    }
}

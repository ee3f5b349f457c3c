package dev.hammerbench.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a round of HTTP load against every server in scope and hands the results to the test.
 *
 * <p>On a test method: a round for that method, run before it. On a test class: one round, run
 * once before the class's first test method (one with its own {@code @Hammer} aside), shared by
 * every method that asks for results. The defaults are the
 * seed's: 2000 calls, all in flight at once, a new connection each, a 1 s timeout.
 *
 * <p>Configuration parameters (or system properties) override every plan of a run:
 * {@value #CALLS_KEY}, {@value #TIMEOUT_KEY}, {@value #ROUNDS_KEY}, and {@value #SCALE_KEY} (a factor
 * for calls, duration and warm-up, e.g. 0.1 for quick CI runs).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(HammerbenchExtension.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Hammer {

    String CALLS_KEY = "hammerbench.calls";
    String TIMEOUT_KEY = "hammerbench.timeout";
    String SCALE_KEY = "hammerbench.calls.scale";
    String ROUNDS_KEY = "hammerbench.rounds";
    /**
     * The longest the harness warms its own load engine, once per JVM before its first round,
     * against a loopback responder of its own (never a server under test); it stops sooner once the
     * JIT compiler has gone quiet. Default "10s"; "0" turns it off.
     */
    String HARNESS_WARMUP_KEY = "hammerbench.harness.warmup";
    /** "update": write or refresh each round's baseline; "compare" (default): compare with it when present; "off". */
    String BASELINE_KEY = "hammerbench.baseline";
    /** Where baselines live, {@code <dir>/<TestClass>/<method>.json}; default "src/test/resources/hammerbench". */
    String BASELINE_DIR_KEY = "hammerbench.baseline.dir";
    /** "fail" (default): a baseline assertion that does not hold fails the test; "warn": it only prints a warning. */
    String BASELINE_MODE_KEY = "hammerbench.baseline.mode";

    /**
     * Measured rounds per server, interleaved (A B C A B C ...) so drift hits every server alike.
     * With more than one, each speed figure is the median over rounds with a 95 % interval, and
     * the relative column says whether a difference is significant (Mann-Whitney U; it needs at
     * least 4 rounds, 5 are a good default for a CI gate).
     */
    int rounds() default 1;

    /** Calls to count per server; -1 means 2000 unless {@link #duration()} bounds the round instead. */
    long calls() default -1;

    /** Send for this long instead of a number of calls: "30s", "PT1M". */
    String duration() default "";

    /** Calls in flight at most; 0 means all of them at once, as the seed did. */
    int concurrency() default 0;

    /**
     * Spread the starts of the callers evenly over this time, e.g. "2s" (Gatling's rampUsers, k6's
     * ramping executors): with every call at once, call i of n starts at i/n of it; with a
     * concurrency, each caller's first call does. "0s" starts them all in one burst. "" (the
     * default): one burst, except that every call at once starts one call every 1.25 ms, the
     * pace of the seed's thread-per-call client (see the README, "all at once"). Not with a rate.
     */
    String rampUp() default "";

    /** Calls per second (the open model: latency counts from the intended send time); 0 for as fast as allowed. */
    double rate() default 0;

    /** Per call, connect plus response: "1s", "250ms", "PT2S". */
    String timeout() default "1s";

    /** Reuse connections; false opens a new connection per call, as the seed did. */
    boolean keepAlive() default false;

    /**
     * Calls sent first, through the same client, and not counted: a number of calls ("1000",
     * "1_000") or for how long ("5s", "250ms", "PT5S"; needs a concurrency or a rate). "" or "0"
     * (the default): none. This warms the server under test; the harness warms its own engine
     * separately, see {@link #HARNESS_WARMUP_KEY}.
     */
    String warmup() default "";

    /** The HTTP method. */
    String method() default "GET";

    /** A path relative to each server's URL; "" for the URL itself. */
    String path() default "";

    /** Request headers, each "Name: value". */
    String[] headers() default {};

    /** The request body ("" for none). */
    String body() default "";

    /** The statuses that count as success; empty means any 2xx. */
    int[] expectStatus() default {};

    /** Hammer all servers at once instead of one after another in declaration order. */
    boolean parallel() default false;

    /** Targets nobody launched, each "name=url" or a bare url; with them, launched servers are not hammered. */
    String[] urls() default {};

    /** Allow targets outside loopback (127.0.0.0/8, ::1). */
    boolean allowRemote() default false;

    /**
     * The longest the round against one server may last, e.g. "2m"; "" for no deadline of its own
     * (then the plan bounds it: calls or duration, plus the timeouts). At the deadline, calls in
     * flight are cancelled and the rest are not sent: the result shows fewer calls sent.
     */
    String deadline() default "";

    /** The delay before each memory snapshot, as in the seed: "2s". */
    String settle() default "2s";
}

package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.ServerResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The seed, reproduced: the five Python web frameworks it compared, each a hello-world app in
 * {@code servers/python/}, launched side by side on Debian's {@value PythonFrameworks#PYTHON}, hammered
 * one after another, memory measured before and after.
 *
 * <p>The seed's round (2000 calls all at once, a new connection each, 1 s timeout) goes first, and the
 * seed's own method (a Python thread per call, see {@code seed/seeds_method.py}) right after it on the
 * same servers: their success rates must agree within 2 points. bottle (wsgiref), web.py and cherrypy
 * (cheroot) listen with a backlog of 5; a burst of 2000 connects overflows it and the kernel retries a
 * dropped SYN only after 1 s, past the timeout. Every call at once therefore starts one call a
 * millisecond, as the seed's threads did (README, "all at once"), and the kernel's counters under the
 * table say whether the queue overflowed anyway. With four callers, fewer than any backlog, every
 * framework must answer nearly every call, web.py included (the seed saw web.py fail because its debug
 * reloader deadlocks when the app is the main script; {@code webpy_app.py} turns debug off). These rounds
 * run after the seed's round and so also show that it left no server wedged.
 *
 * <p>Skipped, launching nothing, when the frameworks are missing: see
 * {@code example-tests/install-python-frameworks.sh}.
 */
@EnabledIf(value = "dev.hammerbench.examples.PythonFrameworks#installed",
        disabledReason = PythonFrameworks.HOW_TO_INSTALL)
@LaunchServer(name = "bottle", command = {PythonFrameworks.PYTHON, "servers/python/bottle_app.py", "{port}"},
        url = "http://{host}:{port}/hello/World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import bottle; print(bottle.__version__)"})
@LaunchServer(name = "web.py", command = {PythonFrameworks.PYTHON, "servers/python/webpy_app.py", "{port}"},
        url = "http://{host}:{port}/World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import web; print(web.__version__)"})
@LaunchServer(name = "flask", command = {PythonFrameworks.PYTHON, "servers/python/flask_app.py", "{port}"},
        url = "http://{host}:{port}/hello/World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import flask; print(flask.__version__)"})
@LaunchServer(name = "cherrypy", command = {PythonFrameworks.PYTHON, "servers/python/cherrypy_app.py", "{port}"},
        url = "http://{host}:{port}/?name=World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import cherrypy; print(cherrypy.__version__)"})
@LaunchServer(name = "tornado", command = {PythonFrameworks.PYTHON, "servers/python/tornado_app.py", "{port}"},
        url = "http://{host}:{port}/hello?name=World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import tornado; print(tornado.version)"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PythonFrameworksShootoutTest {

    @Test
    @Order(4)
    // six interleaved rounds of 1 s each (every framework gets the same time; 1000 calls took bottle 0.2 s and
    // flask 1.2 s): medians with a true 95 % interval, and verdicts. The rounds still vary 10-24 % here, with the
    // machine: the notes under the table say which verdicts a rerun could read otherwise
    @Hammer(duration = "1s", concurrency = 4, timeout = "2s", rounds = 6)
    void everyFrameworkServesFourCallers(Comparison comparison) {
        assertThat(comparison).everyServer().hasSuccessRateAtLeast(0.99);
    }

    /** The seed's other finding: what 2000 calls leave behind in each process. */
    @Test
    @Order(5)
    @Hammer(calls = 2000, concurrency = 4, timeout = "2s")
    void noFrameworkGrowsUnderLoad(Comparison comparison) {
        for (ServerResult server : comparison.servers()) {
            // Measured here: 0.1 to 1.1 MiB growth, 23 to 36 MiB resident; a leak of 4 KiB a call would be 8 MiB.
            assertThat(server).memory().growsLessThanMiB(8);
            assertThat(server).memory().peaksLessThanMiB(64);
        }
    }

    /** Hammerbench's figures of the seed's round, for the seed's method to be compared with. */
    private static Comparison seedsRound;

    /** The same round at 1.6x less pace (2000 starts over 4 s, not 2.5 s): where the seed's client lands on a busy machine. */
    private static Comparison slowerRound;

    /** The seed's round, first: it no longer leaves a server wedged (the rounds after it check). */
    @Test
    @Order(1)
    @Hammer(calls = 2000, timeout = "1s")
    void everyFrameworkAnswersTheSeedsRound(Comparison comparison) {
        seedsRound = comparison;
        answersOnlyWith200(comparison);
    }

    /**
     * The seed's round with its starts spread over 4 s. The seed's thread-per-call client starts one
     * call every 1.25 ms (2.5 s for 2000) only on an idle machine: measured here it took 1.8 to 2.6 s in
     * one run and 3.3 to 4.8 s in the next two, and at that pace a server with a backlog of 5 loses far
     * fewer calls (cherrypy: 4 for the seed's method against 96 and 241 in Hammerbench's 2.5 s rounds).
     */
    @Test
    @Order(2)
    @Hammer(calls = 2000, timeout = "1s", rampUp = "4s")
    void everyFrameworkAnswersTheSeedsRoundAtASlowerPace(Comparison comparison) {
        slowerRound = comparison;
        answersOnlyWith200(comparison);
    }

    private static void answersOnlyWith200(Comparison comparison) {
        assertThat(comparison).hasServers("bottle", "web.py", "flask", "cherrypy", "tornado");
        for (ServerResult server : comparison.servers()) {
            Assertions.assertThat(server.hammer().succeeded())
                    .as("%s: calls answered with 200 out of %d (%s)", server.name(), server.hammer().sent(),
                            server.hammer().outcomes())
                    .isPositive();
            // A wrong route or a crashing handler shows as a 404 or 500; overload shows only as errors.
            Assertions.assertThat(server.hammer().outcomes().counts().keySet())
                    .as("%s: HTTP statuses received (%s)", server.name(), server.hammer().outcomes())
                    .filteredOn(Outcomes::isStatus)
                    .containsOnly("200");
        }
    }

    /**
     * The seed's own method, right after, on the same servers: its success rate agrees within 2 points
     * with Hammerbench's round of the nearest pace, when the two paces are within 25 % of each other.
     * A seed's client that kept neither pace is compared one way only: the one that pressed harder did
     * not succeed more (beyond the same 2 points). The side-by-side table prints every pace.
     */
    @Test
    @Order(3)
    void theSeedsMethodAgreesWithin2Points() throws Exception {
        Assumptions.assumeTrue(SeedsMethod.installed(), SeedsMethod.HOW_TO_INSTALL);
        Assumptions.assumeTrue(seedsRound != null && slowerRound != null, "the seed's rounds (order 1 and 2) did not run");
        Map<String, String> urls = new LinkedHashMap<>();
        seedsRound.servers().forEach(s -> urls.put(s.name(), s.hammer().target()));
        List<SeedsMethod.Figures> seeds = SeedsMethod.run(2000, 1.0, urls);
        System.out.print(SeedsMethod.table(seeds));
        StringBuilder side = new StringBuilder(String.format(Locale.ROOT, "%-10s %16s %16s %20s%n", "server",
                "Hammerbench", "Hammerbench", "seed's method"));
        side.append(String.format(Locale.ROOT, "%-10s %16s %16s %20s%n", "", String.format(Locale.ROOT, "over %.2f s", spread(seedsRound)),
                String.format(Locale.ROOT, "over %.2f s", spread(slowerRound)), "over its own pace"));
        for (SeedsMethod.Figures seed : seeds) {
            side.append(String.format(Locale.ROOT, "%-10s %15.1f%% %15.1f%% %8.1f%% over %.2f s%n", seed.name(),
                    percent(seedsRound, seed.name()), percent(slowerRound, seed.name()), 100 * seed.successRate(),
                    seed.startSpread()));
        }
        System.out.print(side);
        Assertions.assertThat(seeds).hasSize(5);
        for (SeedsMethod.Figures seed : seeds) {
            Comparison nearest = Math.abs(Math.log(seed.startSpread() / spread(seedsRound)))
                    <= Math.abs(Math.log(seed.startSpread() / spread(slowerRound))) ? seedsRound : slowerRound;
            double ours = percent(nearest, seed.name());
            double seeds100 = 100 * seed.successRate();
            double ratio = seed.startSpread() / spread(nearest);
            String what = String.format(Locale.ROOT, "%s: Hammerbench %s over %.2f s against the seed's method %s over %.2f s",
                    seed.name(), nearest.server(seed.name()).hammer().outcomes(), spread(nearest), seed.outcomes(),
                    seed.startSpread());
            if (ratio >= 0.8 && ratio <= 1.25) {
                Assertions.assertThat(ours).as(what).isCloseTo(seeds100, Assertions.within(2.0));
            } else if (ratio > 1.25) { // the seed's client was slower than both: Hammerbench pressed harder
                Assertions.assertThat(ours).as(what).isLessThanOrEqualTo(seeds100 + 2.0);
            } else {
                Assertions.assertThat(seeds100).as(what).isLessThanOrEqualTo(ours + 2.0);
            }
        }
    }

    /** Over how many seconds the round started its calls. */
    private static double spread(Comparison round) {
        return round.plan().rampUp().toNanos() / 1e9;
    }

    private static double percent(Comparison round, String server) {
        return 100 * round.server(server).hammer().successRate();
    }
}

package dev.hammerbench.junit;

import dev.hammerbench.load.EngineWarmup;
import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.HammerPlanBuilder;
import dev.hammerbench.result.ServerInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A validated {@link Hammer}: the plan (after the run-wide overrides), the settle delay, whether
 * the servers go all at once, and any explicit targets.
 */
record HammerDeclaration(HammerPlan plan, Duration settle, boolean parallel, List<ServerInfo> urls, int rounds,
        Duration harnessWarmup) {

    /** More rounds than this is a typo, not a plan: 1000 rounds of the default plan take hours. */
    static final int MAX_ROUNDS = 1000;

    /**
     * @param where "FooTest" or "FooTest.bar()", for messages
     * @throws ExtensionConfigurationException naming the attribute, what is wrong and what is accepted
     */
    static HammerDeclaration of(Hammer hammer, String where, ExtensionContext context) {
        HammerPlanBuilder builder = HammerPlan.builder();
        Optional<String> callsOverride = context.getConfigurationParameter(Hammer.CALLS_KEY);
        Optional<String> timeoutOverride = context.getConfigurationParameter(Hammer.TIMEOUT_KEY);
        Optional<String> scale = context.getConfigurationParameter(Hammer.SCALE_KEY);
        Optional<String> roundsOverride = context.getConfigurationParameter(Hammer.ROUNDS_KEY);
        Optional<String> harnessWarmup = context.getConfigurationParameter(Hammer.HARNESS_WARMUP_KEY);
        try {
            if (!hammer.duration().isEmpty() && hammer.calls() != -1) {
                throw problem(where, "calls/duration", "are both set",
                        "either calls (a number of calls) or duration (how long to send), not both");
            }
            if (callsOverride.isPresent()) {
                // the run-wide number of calls replaces the annotation's calls and duration alike
                builder.calls(number(where, Hammer.CALLS_KEY, callsOverride.get()));
            } else if (!hammer.duration().isEmpty()) {
                builder.duration(duration(where, "duration", hammer.duration()));
            } else if (hammer.calls() != -1) {
                builder.calls(hammer.calls());
            }
            builder.timeout(duration(where, timeoutOverride.isPresent() ? Hammer.TIMEOUT_KEY : "timeout",
                    timeoutOverride.orElse(hammer.timeout())));
            builder.concurrency(hammer.concurrency()).rate(hammer.rate()).keepAlive(hammer.keepAlive())
                    .method(hammer.method()).path(hammer.path()).body(hammer.body())
                    .expectStatus(hammer.expectStatus()).allowRemote(hammer.allowRemote());
            for (String header : hammer.headers()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    throw problem(where, "headers", "has the entry \"" + header + "\"", "entries \"Name: value\"");
                }
                builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            }
            warmup(where, hammer.warmup(), builder);
            if (!hammer.deadline().isEmpty()) {
                builder.deadline(duration(where, "deadline", hammer.deadline()));
            }
            if (!hammer.rampUp().isEmpty()) {
                builder.rampUp(rampUp(where, hammer.rampUp()));
            }
            if (scale.isPresent()) {
                builder.scale(scaleFactor(where, scale.get()));
            }
            HammerPlan plan = builder.build();
            Duration settle = settle(where, hammer.settle());
            int rounds = roundsOverride.isPresent()
                    ? rounds(where, Hammer.ROUNDS_KEY, roundsOverride.get())
                    : rounds(where, "rounds", Integer.toString(hammer.rounds()));
            Duration warmHarness = harnessWarmup.isEmpty() ? EngineWarmup.DEFAULT_LENGTH
                    : zeroOrDuration(where, Hammer.HARNESS_WARMUP_KEY, harnessWarmup.get());
            return new HammerDeclaration(plan, settle, hammer.parallel(), urls(where, hammer.urls()), rounds,
                    warmHarness);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@Hammer on " + where + ": " + e.getMessage(), e);
        }
    }

    private static List<ServerInfo> urls(String where, String[] entries) {
        List<ServerInfo> targets = new ArrayList<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            boolean named = eq > 0 && !entry.substring(0, eq).contains(":");
            String name = named ? entry.substring(0, eq).strip() : entry.strip();
            String url = named ? entry.substring(eq + 1).strip() : entry.strip();
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw problem(where, "urls", "has the malformed URL \"" + url + "\": " + e.getReason(),
                        "entries \"name=http://127.0.0.1:8080/\" or a bare \"http://127.0.0.1:8080/\"");
            }
            if (uri.getScheme() == null || uri.getHost() == null
                    || !uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
                throw problem(where, "urls", "has \"" + url + "\", which is not an http(s) URL with a host",
                        "entries \"name=http://127.0.0.1:8080/\" or a bare \"http://127.0.0.1:8080/\"");
            }
            if (targets.stream().anyMatch(t -> t.name().equals(name))) {
                throw problem(where, "urls", "names '" + name + "' twice", "a unique name per target");
            }
            targets.add(ServerInfo.external(name, uri));
        }
        return List.copyOf(targets);
    }

    /** "" or "0": none; a whole number: calls; else a duration. */
    private static void warmup(String where, String text, HammerPlanBuilder builder) {
        String trimmed = text.strip().replace("_", "");
        if (trimmed.isEmpty() || trimmed.matches("0+(\\.0*)?\\s*(ms|s|m)?")) {
            return;
        }
        if (trimmed.matches("[+-]?\\d+")) {
            try {
                long calls = Long.parseLong(trimmed);
                if (calls >= 0) {
                    builder.warmup(calls);
                    return;
                }
            } catch (NumberFormatException e) {
                // too many digits: said below
            }
        } else {
            try {
                builder.warmup(DurationParser.parse(text));
                return;
            } catch (IllegalArgumentException e) {
                // said below
            }
        }
        throw problem(where, "warmup", "is \"" + text + "\", neither a number of calls nor a duration",
                "\"\" or \"0\" (no warm-up), a number of calls such as \"1000\", or a duration such as \"5s\", "
                        + "\"250ms\" or ISO-8601 \"PT5S\"");
    }

    private static Duration rampUp(String where, String text) {
        if (text.strip().matches("0+(\\.0*)?\\s*(ms|s|m)?") || text.strip().equalsIgnoreCase("PT0S")) {
            return Duration.ZERO;
        }
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(where, "rampUp", "\"" + text + "\" is not a duration", "\"\" (the default), \"0s\" (one burst) or "
                    + DurationParser.ACCEPTED);
        }
    }

    private static Duration settle(String where, String text) {
        return zeroOrDuration(where, "settle", text);
    }

    private static Duration zeroOrDuration(String where, String attribute, String text) {
        if (text.strip().matches("0+(\\.0*)?\\s*(ms|s|m)?") || text.strip().equalsIgnoreCase("PT0S")) {
            return Duration.ZERO;
        }
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(where, attribute, "\"" + text + "\" is not a duration", "0 (" + (attribute.equals("settle")
                    ? "no settling" : "off") + ") or " + DurationParser.ACCEPTED);
        }
    }

    private static Duration duration(String where, String attribute, String text) {
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@Hammer on " + where + ": " + attribute + ": " + e.getMessage());
        }
    }

    private static long number(String where, String key, String text) {
        try {
            long calls = Long.parseLong(text.strip().replace("_", ""));
            if (calls > 0) {
                return calls;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw problem(where, key, "is \"" + text + "\"", "a positive whole number of calls, e.g. 2000");
    }

    private static int rounds(String where, String attribute, String text) {
        try {
            int rounds = Integer.parseInt(text.strip());
            if (rounds >= 1 && rounds <= MAX_ROUNDS) {
                return rounds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw problem(where, attribute, "is \"" + text + "\"", "a whole number of rounds from 1 to " + MAX_ROUNDS
                + "; 5 or more let the verdicts tell a difference from noise");
    }

    private static double scaleFactor(String where, String text) {
        try {
            double factor = Double.parseDouble(text.strip());
            if (!(factor > 0) || factor > 1000) {
                throw problem(where, Hammer.SCALE_KEY, "is " + text, "a factor > 0 and up to 1000, e.g. 0.1 for a tenth of the calls");
            }
            return factor;
        } catch (NumberFormatException e) {
            throw problem(where, Hammer.SCALE_KEY, "is \"" + text + "\"",
                    "a factor > 0 and up to 1000, e.g. 0.1 for a tenth of the calls");
        }
    }

    private static ExtensionConfigurationException problem(String where, String attribute, String what, String accepted) {
        return new ExtensionConfigurationException("@Hammer on " + where + ": " + attribute + " " + what
                + "; accepted: " + accepted);
    }
}

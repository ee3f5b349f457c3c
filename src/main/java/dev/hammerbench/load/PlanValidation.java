package dev.hammerbench.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The checks behind {@link HammerPlanBuilder#build()}; each failure names the @Hammer attribute. */
final class PlanValidation {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE");
    private static final String METHODS_TEXT = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, TRACE";
    /** Framing and connection handling belong to the engine (keepAlive, the body's length). */
    private static final Set<String> RESERVED_HEADERS = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "upgrade", "te");

    private PlanValidation() {
    }

    static void check(HammerPlanBuilder b) {
        if (b.calls != null && b.calls <= 0) {
            throw invalid("calls", b.calls, "must be at least 1",
                    "a positive number of calls, or no calls and a duration instead");
        }
        if (b.duration != null && (b.duration.isNegative() || b.duration.isZero())) {
            throw invalid("duration", b.duration, "must be positive", "a positive duration such as \"30s\" or \"PT1M\"");
        }
        if (b.calls != null && b.duration != null) {
            throw new IllegalArgumentException("calls = " + b.calls + " and duration = " + b.duration
                    + " are both set, but exactly one bounds a round; accepted: calls, or duration, not both");
        }
        if (b.concurrency < 0) {
            throw invalid("concurrency", b.concurrency, "must not be negative",
                    "0 (every call in flight at once) or a positive number of calls in flight");
        }
        if (Double.isNaN(b.rate) || Double.isInfinite(b.rate) || b.rate < 0) {
            throw invalid("rate", b.rate, "is not a usable rate",
                    "0 (as fast as the callers go) or a finite positive number of calls per second");
        }
        if (b.duration != null && b.concurrency == 0 && b.rate == 0) {
            throw invalid("concurrency", 0, "means every call at once, which needs a number of calls, but "
                            + "duration = " + b.duration + " bounds this round",
                    "with a duration, a positive concurrency or a rate");
        }
        if (b.timeout == null || b.timeout.isNegative() || b.timeout.isZero()) {
            throw invalid("timeout", b.timeout, "must be positive", "a positive duration such as \"1s\" or \"250ms\"");
        }
        if (b.warmup < 0) {
            throw invalid("warmup", b.warmup, "must not be negative", "0 (no warm-up) or a positive number of calls");
        }
        if (b.warmupDuration != null) {
            checkWarmupDuration(b);
        }
        checkMethod(b.method);
        checkPath(b.path);
        for (Map.Entry<String, String> header : b.headers) {
            checkHeader(header.getKey(), header.getValue());
        }
        if (b.body == null) {
            throw invalid("body", null, "must not be null", "a string, \"\" for no body");
        }
        checkStatuses(b.expectStatus);
        if (b.deadline != null && (b.deadline.isNegative() || b.deadline.isZero())) {
            throw invalid("deadline", b.deadline, "must be positive", "a positive duration such as \"2m\", or none");
        }
        checkRampUp(b);
        if (Double.isNaN(b.scale) || Double.isInfinite(b.scale) || b.scale <= 0) {
            throw invalid("scale (hammerbench.calls.scale)", b.scale, "is not a usable factor",
                    "a finite positive factor such as 0.1 or 2");
        }
    }

    private static void checkWarmupDuration(HammerPlanBuilder b) {
        if (b.warmup != 0) {
            throw invalid("warmup", b.warmupDuration, "is a duration, but " + b.warmup + " warm-up calls are set as well",
                    "a number of warm-up calls or a warm-up duration, not both");
        }
        if (b.warmupDuration.isNegative() || b.warmupDuration.isZero()) {
            throw invalid("warmup", b.warmupDuration, "must be positive", "a positive duration such as \"5s\", or none");
        }
        if (b.concurrency == 0 && b.rate == 0) {
            throw invalid("warmup", b.warmupDuration, "is a duration, but concurrency = 0 sends every call at once,"
                    + " which needs a number of calls", "with every call at once, a number of warm-up calls;"
                    + " a warm-up duration with a positive concurrency or a rate");
        }
    }

    private static void checkRampUp(HammerPlanBuilder b) {
        if (b.rampUp == null) {
            return;
        }
        if (b.rampUp.isNegative()) {
            throw invalid("rampUp", b.rampUp, "must not be negative", "0 (every caller at once) or a positive duration such as \"2s\"");
        }
        if (b.rate > 0) {
            throw invalid("rampUp", b.rampUp, "spreads the starts of a closed round, but rate = " + b.rate
                    + " makes this an open round whose schedule sets every start", "rampUp without a rate, or a rate without rampUp");
        }
        if (b.duration != null && b.rampUp.compareTo(b.duration) >= 0) {
            throw invalid("rampUp", b.rampUp, "is not shorter than duration = " + b.duration
                    + ", so some callers would never start", "a rampUp shorter than the duration");
        }
        if (b.deadline != null && b.rampUp.compareTo(b.deadline) >= 0) {
            throw invalid("rampUp", b.rampUp, "is not shorter than deadline = " + b.deadline
                    + ", so some callers would never start", "a rampUp shorter than the deadline");
        }
    }

    private static void checkMethod(String method) {
        if (method == null || method.isBlank()) {
            throw invalid("method", method == null ? null : "\"" + method + "\"", "is blank",
                    "one of " + METHODS_TEXT);
        }
        if (!METHODS.contains(method.strip().toUpperCase(Locale.ROOT))) {
            throw invalid("method", "\"" + method + "\"", "is not a method the engine sends", "one of " + METHODS_TEXT);
        }
    }

    private static void checkPath(String path) {
        if (path == null) {
            throw invalid("path", null, "must not be null", "\"\" for the server URL itself, or a path like \"/hello\"");
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                throw invalid("path", "\"" + path + "\"", "names a scheme or host; the server URL gives those",
                        "a path relative to the server URL, like \"/hello\" or \"hello?x=1\"");
            }
        } catch (URISyntaxException e) {
            throw invalid("path", "\"" + path + "\"", "is not a valid URI path (" + e.getReason() + ")",
                    "a path with reserved characters percent-encoded, like \"/a%20b\"");
        }
    }

    private static void checkHeader(String name, String value) {
        String shown = ("\"" + name + ": " + value + "\"").replace("\r", "\\r").replace("\n", "\\n");
        if (name == null || name.isBlank() || !name.chars().allMatch(PlanValidation::tokenChar)) {
            throw invalid("headers", shown, "has no valid header name",
                    "\"Name: value\" with a name of letters, digits and !#$%&'*+-.^_`|~");
        }
        if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw invalid("headers", shown, "has no value or a line break in it", "a single-line value");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw invalid("headers", shown, "is set by the engine (keepAlive decides Connection, the body its length)",
                    "any header except Connection, Keep-Alive, Content-Length, Transfer-Encoding, TE, Upgrade");
        }
    }

    private static void checkStatuses(int[] statuses) {
        if (statuses == null) {
            throw invalid("expectStatus", null, "must not be null", "{} for any 2xx, or statuses 100..599");
        }
        for (int status : statuses) {
            if (status < 100 || status > 599) {
                throw invalid("expectStatus", status, "is not an HTTP status", "statuses 100..599, or {} for any 2xx");
            }
        }
    }

    private static boolean tokenChar(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    static IllegalArgumentException invalid(String attribute, Object value, String problem, String accepted) {
        return new IllegalArgumentException(attribute + " = " + value + " " + problem + "; accepted: " + accepted);
    }
}

package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a call got no HTTP response, with the one label that tables (text, Markdown, HTML, CSV),
 * results.json, {@link Outcomes} keys and assertion messages all use.
 *
 * <p>Labels are short and have no spaces so that a table's outcome column ("200:1998
 * resp-timeout:2") stays narrow and splits on spaces. An error that is none of these is counted
 * under {@link Outcomes#OTHER_PREFIX} plus the exception's simple name ("other:SSLException").
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum ErrorClass {

    /** The TCP connect, or the wait for a pooled connection, took longer than the connect timeout. */
    CONNECT_TIMEOUT("conn-timeout"),
    /** Connected and sent, but the response did not arrive within the response timeout. */
    RESPONSE_TIMEOUT("resp-timeout"),
    /** The server's port refused the connection (nothing listening, or the listen queue said no). */
    REFUSED("refused"),
    /** The server reset the connection (also "broken pipe": writing to a reset connection). */
    RESET("reset"),
    /** The server answered something that is not valid HTTP (bad chunking, HTTP/2 stream reset...). */
    PROTOCOL("protocol");

    private final String label;

    ErrorClass(String label) {
        this.label = label;
    }

    /** The spelling used everywhere: "resp-timeout". */
    public String label() {
        return label;
    }

    /** The error class whose label is {@code label}, empty for a status code or an "other:" key. */
    public static Optional<ErrorClass> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}

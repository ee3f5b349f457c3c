package dev.hammerbench.load;

import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http2.H2ConnectionException;
import org.apache.hc.core5.http2.H2StreamResetException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/**
 * Names why a call got no response, as the seed could not ("-1, probably ReadTimeout").
 *
 * <p>The cause chain is searched for the first exception with a known meaning, so wrappers
 * (ExecutionException, an HttpClient exception around a socket error) do not hide the real
 * cause. A connect that waited too long for a pooled connection (DeadlineTimeoutException) counts
 * as a connect timeout: the call never reached the server. "Broken pipe" counts as a reset: it is
 * what writing to a reset connection reports. A connection the server closed cleanly before
 * answering stays {@code other:ConnectionClosedException}, distinct from a reset.
 */
final class ErrorClasses {

    private static final int MAX_DEPTH = 10;

    private ErrorClasses() {
    }

    static String classify(Throwable error) {
        Throwable top = unwrap(error);
        Throwable t = top;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            String known = known(t);
            if (known != null) {
                return known;
            }
        }
        return Outcomes.OTHER_PREFIX + simpleName(top);
    }

    /** "SocketTimeoutException: 1000 MILLISECONDS", the sample kept per error class. */
    static String describe(Throwable error) {
        Throwable top = unwrap(error);
        String message = top.getMessage();
        return simpleName(top) + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private static String known(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof ConnectTimeoutException || t instanceof DeadlineTimeoutException) {
            return ErrorClass.CONNECT_TIMEOUT.label();
        }
        if (t instanceof SocketTimeoutException) {
            return ErrorClass.RESPONSE_TIMEOUT.label();
        }
        if (t instanceof ConnectException) {
            if (message.contains("refused")) {
                return ErrorClass.REFUSED.label();
            }
            if (message.contains("timed out")) {
                return ErrorClass.CONNECT_TIMEOUT.label();
            }
            return null;
        }
        if (message.contains("connection reset") || message.contains("broken pipe")) {
            return t instanceof SocketException || t.getClass() == java.io.IOException.class
                    ? ErrorClass.RESET.label() : null;
        }
        if (t instanceof HttpException || t instanceof MalformedChunkCodingException
                || t instanceof MessageConstraintException || t instanceof H2ConnectionException
                || t instanceof H2StreamResetException) {
            return ErrorClass.PROTOCOL.label();
        }
        return null;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String simpleName(Throwable t) {
        String name = t.getClass().getSimpleName();
        return name.isEmpty() ? t.getClass().getName().substring(t.getClass().getName().lastIndexOf('.') + 1) : name;
    }
}

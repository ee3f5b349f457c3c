package dev.hammerbench.load;

import java.util.concurrent.CancellationException;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncClientEndpoint;

/**
 * One keep-alive caller of a {@link ClosedRound}: it leases one connection and runs its calls on
 * it one after another, so the pool's lease, release and futures are paid once per connection,
 * not once per call. It leases again when the connection cannot carry the next call: the server
 * said "Connection: close" (nginx does after 1000 requests by default) or closed it, or a call
 * on it failed (a timed-out exchange leaves the connection in no known state).
 *
 * <p>A caller has at most one call at a time, so its fields are touched by one call's callbacks
 * at a time; the client's command queue orders them across threads.
 */
final class Caller implements FutureCallback<AsyncClientEndpoint> {

    private final MinimalHttpAsyncClient client;
    private final RequestTemplate template;
    /** One context for all of the caller's calls: they never overlap, and a context per call is garbage per call. */
    private final HttpClientContext context;
    private AsyncClientEndpoint endpoint;
    private boolean reusable;
    /** The call waiting for a connection lease. */
    private Call leasing;

    Caller(MinimalHttpAsyncClient client, RequestTemplate template) {
        this.client = client;
        this.template = template;
        this.context = HttpClientContext.create();
        this.context.setRequestConfig(template.config());
    }

    /** Runs {@code call} on this caller's connection, leasing one first when it has none it can use. */
    void send(Call call) {
        AsyncClientEndpoint current = endpoint;
        if (current != null && reusable && current.isConnected()) {
            current.execute(call, null, context);
            return;
        }
        discard();
        leasing = call;
        // the lease times out like the call: connect timeout, and the pool's wait as a connect timeout
        client.lease(template.host(), context, this);
    }

    /** The call's response arrived: a "Connection: close" means the next call needs a new connection. */
    void answered(HttpResponse response) {
        Header connection = response.getFirstHeader(HttpHeaders.CONNECTION);
        if (connection != null && saysClose(connection.getValue())) {
            reusable = false;
        }
    }

    /** "close" anywhere in the header, case aside, without a lower-cased copy per call (most say "keep-alive"). */
    static boolean saysClose(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i + 5 <= value.length(); i++) {
            if (value.regionMatches(true, i, "close", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    void callFailed() {
        reusable = false;
    }

    /** The caller has no more calls: its connection goes back to the pool when it can carry another. */
    void release() {
        AsyncClientEndpoint current = endpoint;
        endpoint = null;
        if (current != null) {
            if (reusable && current.isConnected()) {
                current.releaseAndReuse();
            } else {
                current.releaseAndDiscard();
            }
        }
    }

    private void discard() {
        AsyncClientEndpoint current = endpoint;
        endpoint = null;
        if (current != null) {
            current.releaseAndDiscard();
        }
    }

    @Override
    public void completed(AsyncClientEndpoint leased) {
        endpoint = leased;
        reusable = true;
        Call call = leasing;
        leasing = null;
        try {
            leased.execute(call, null, context);
        } catch (RuntimeException e) {
            call.failed(e); // released meanwhile, or the client shut down
        }
    }

    @Override
    public void failed(Exception cause) {
        Call call = leasing;
        leasing = null;
        call.failed(cause);
    }

    @Override
    public void cancelled() {
        failed(new CancellationException("connection lease cancelled"));
    }
}

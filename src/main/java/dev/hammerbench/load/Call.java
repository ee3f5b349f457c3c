package dev.hammerbench.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncClientExchangeHandler;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * One call: sends the template's request, throws the response body away as it arrives (never
 * buffering it) and reports exactly once how the call ended. The only object the engine itself
 * allocates per call, besides the request HttpClient needs.
 */
final class Call implements AsyncClientExchangeHandler {

    private static final AtomicIntegerFieldUpdater<Call> ENDED = AtomicIntegerFieldUpdater.newUpdater(Call.class, "ended");

    private final Round round;
    private final RequestTemplate template;
    /** When the call was meant to go out: now (closed model) or its slot in the schedule (open model). */
    private final long startNanos;
    /** The caller whose connection this call runs on, or null when it goes through the pool. */
    private final Caller caller;
    private ByteBuffer body;
    private int status;
    private volatile int ended;

    Call(Round round, RequestTemplate template, long startNanos, Caller caller) {
        this.round = round;
        this.template = template;
        this.startNanos = startNanos;
        this.caller = caller;
    }

    /** Null when the call went through the pool. */
    Caller caller() {
        return caller;
    }

    @Override
    public void produceRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
        if (template.bodyDetails() != null) {
            body = ByteBuffer.wrap(template.body());
        }
        channel.sendRequest(template.newRequest(), template.bodyDetails(), context);
    }

    @Override
    public int available() {
        return body == null ? 0 : body.remaining();
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (body == null) {
            return;
        }
        while (body.hasRemaining() && channel.write(body) > 0) {
            // write until the channel takes no more; it asks again when it can
        }
        if (!body.hasRemaining()) {
            channel.endStream();
        }
    }

    @Override
    public void consumeInformation(HttpResponse response, HttpContext context) {
        // 1xx: the final response follows
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context) {
        status = response.getCode();
        if (caller != null) {
            caller.answered(response);
        }
        if (entityDetails == null) {
            end();
        }
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) {
        src.position(src.limit());
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        end();
    }

    @Override
    public void failed(Exception cause) {
        if (ENDED.compareAndSet(this, 0, 1)) {
            if (caller != null) {
                caller.callFailed();
            }
            round.failed(this, cause);
        }
    }

    @Override
    public void cancel() {
        // the round's own shutdown cancels calls once its books are closed, so this is not counted then
        failed(new CancellationException("call cancelled"));
    }

    @Override
    public void releaseResources() {
        body = null;
    }

    private void end() {
        if (ENDED.compareAndSet(this, 0, 1)) {
            round.answered(this, status, System.nanoTime() - startNanos);
        }
    }
}

package dev.hammerbench.bench;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncClientEndpoint;
import org.apache.hc.core5.http.nio.AsyncClientExchangeHandler;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The library's ceiling: the plainest HttpClient 5 loop that can keep {@code connections} calls in
 * flight. Each caller leases one endpoint ({@code MinimalHttpAsyncClient.lease}), runs its calls
 * on it one after another ({@code AsyncClientEndpoint.execute}), and leases again when the
 * server closes it. No timing, no histogram, no classification: what the engine adds on top is
 * what engine / ceiling shows. Configured like the engine (one I/O thread per two cores for a
 * loopback target, a LAX pool, Nagle off), so only the loop differs.
 */
final class CeilingLoop {

    private final MinimalHttpAsyncClient client;
    private final HttpHost host;
    private final String path;
    private final LongAdder ok = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final CountDownLatch callersDone;
    private volatile long lastEnded;
    private long until;

    private CeilingLoop(URI url, int connections) {
        this.host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
        this.path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        this.callersDone = new CountDownLatch(connections);
        this.client = HttpAsyncClients.createMinimal(H2Config.DEFAULT, Http1Config.DEFAULT,
                IOReactorConfig.custom().setIoThreadCount(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
                        .setTcpNoDelay(true).build(),
                PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections).setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(5)).build())
                        .build());
    }

    /** Runs {@code seconds} of calls on {@code connections} callers; the bench JVM's CPU over that time. */
    static ExternalTool.Run run(URI url, int connections, int seconds) throws InterruptedException {
        CeilingLoop loop = new CeilingLoop(url, connections);
        loop.client.start();
        try {
            long cpuBefore = LoadBench.processCpuNanos();
            long start = System.nanoTime();
            loop.until = start + TimeUnit.SECONDS.toNanos(seconds);
            for (int i = 0; i < connections; i++) {
                loop.new Caller().next();
            }
            if (!loop.callersDone.await(seconds + 30L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the ceiling loop's callers did not end");
            }
            long cpu = LoadBench.processCpuNanos() - cpuBefore;
            if (loop.failed.sum() > 0) {
                System.out.println("ceiling: " + loop.failed.sum() + " calls failed");
            }
            return new ExternalTool.Run("HC5 ceiling", loop.ok.sum(), (loop.lastEnded - start) / 1e9, cpu / 1e9);
        } finally {
            loop.client.close(CloseMode.IMMEDIATE);
            loop.client.awaitShutdown(TimeValue.ofSeconds(5));
        }
    }

    /** One caller: its endpoint and the handler of its one call in flight (reused, calls do not overlap). */
    private final class Caller implements AsyncClientExchangeHandler, FutureCallback<AsyncClientEndpoint> {

        private AsyncClientEndpoint endpoint;
        private int status;

        void next() {
            if (System.nanoTime() - until >= 0) {
                if (endpoint != null) {
                    endpoint.releaseAndReuse();
                }
                callersDone.countDown();
                return;
            }
            if (endpoint != null && endpoint.isConnected()) {
                endpoint.execute(this, null, null);
                return;
            }
            if (endpoint != null) {
                endpoint.releaseAndDiscard();
                endpoint = null;
            }
            client.lease(host, this);
        }

        @Override
        public void completed(AsyncClientEndpoint leased) {
            endpoint = leased;
            endpoint.execute(this, null, null);
        }

        @Override
        public void failed(Exception cause) {
            failed.increment();
            lastEnded = System.nanoTime();
            if (endpoint != null) {
                endpoint.releaseAndDiscard();
                endpoint = null;
            }
            next();
        }

        @Override
        public void cancelled() {
            failed(new IllegalStateException("lease cancelled"));
        }

        @Override
        public void produceRequest(RequestChannel channel, HttpContext context) throws org.apache.hc.core5.http.HttpException,
                java.io.IOException {
            channel.sendRequest(new BasicHttpRequest("GET", host, path), null, context);
        }

        @Override
        public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context) {
            status = response.getCode();
            if (entity == null) {
                ended();
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            ended();
        }

        private void ended() {
            if (status == 200) {
                ok.increment();
            } else {
                failed.increment();
            }
            lastEnded = System.nanoTime();
            next();
        }

        @Override
        public void consumeInformation(HttpResponse response, HttpContext context) {
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws java.io.IOException {
            channel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) {
            src.position(src.limit());
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public void produce(DataStreamChannel channel) {
        }

        @Override
        public void cancel() {
            failed(new IllegalStateException("call cancelled"));
        }

        @Override
        public void releaseResources() {
        }
    }
}

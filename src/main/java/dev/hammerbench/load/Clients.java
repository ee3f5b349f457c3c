package dev.hammerbench.load;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HttpClient for one round: the minimal async client (no redirects, retries, cookies or
 * auth to pay for), an I/O thread per core (per two cores for a loopback target), a pool
 * exactly as large as the round's concurrency.
 *
 * <p>Protocols: with keep-alive, https targets negotiate HTTP/2 or HTTP/1.1 by ALPN; plain http
 * stays HTTP/1.1 (HttpClient 5 does no h2c upgrade). Without keep-alive every call is a fresh
 * HTTP/1.1 connection with "Connection: close", since HTTP/2 has no such header; so the
 * seed-style round means the same thing on every server.
 */
final class Clients {

    /**
     * HttpCore's default 32 KiB buffers come three to a connection: 2000 connections at once
     * allocated ~190 MiB and the garbage collector's pauses outlasted a 1 s timeout. A
     * connection per call gets 4 KiB (any usual response head fits; a large body streams in
     * 4 KiB reads); reused connections are few and get 16 KiB for fewer reads per body.
     */
    static Http1Config http1(boolean keepAlive) {
        int size = keepAlive ? 16384 : 4096;
        return Http1Config.custom().setBufferSize(size).setChunkSizeHint(size).build();
    }

    private Clients() {
    }

    /** Built once per JVM, on first use: each client building its own would load the trust store each round. */
    private static final class Tls {
        static final TlsStrategy STRATEGY = DefaultClientTlsStrategy.createDefault();
    }

    static MinimalHttpAsyncClient start(HammerPlan plan, int connections, boolean loopbackTarget) {
        Timeout timeout = Timeout.of(plan.timeout());
        HttpVersionPolicy versions = plan.keepAlive() ? HttpVersionPolicy.NEGOTIATE : HttpVersionPolicy.FORCE_HTTP_1;
        PoolingAsyncClientConnectionManager pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(versions).setHandshakeTimeout(timeout).build())
                .setTlsStrategy(Tls.STRATEGY)
                .build();
        IOReactorConfig reactor = IOReactorConfig.custom()
                .setIoThreadCount(ioThreads(Runtime.getRuntime().availableProcessors(), loopbackTarget))
                .setSelectInterval(selectInterval(plan.timeout()))
                .setTcpNoDelay(true)
                .setSoReuseAddress(true)
                .build();
        MinimalHttpAsyncClient client = HttpAsyncClients.createMinimal(H2Config.DEFAULT, http1(plan.keepAlive()), reactor, pool);
        client.start();
        return client;
    }

    /**
     * A loopback target runs on this machine and needs CPU too, so the client takes half the
     * cores (at least one). Measured on 2 cores against nginx (1 worker), 50 keep-alive
     * connections: one I/O thread gave 31-34k calls/s at 31-32 us CPU per call, two gave 28k at
     * 39-41 us, as the second thread only competed with the server. A remote target gets a
     * thread per core.
     */
    static int ioThreads(int cores, boolean loopbackTarget) {
        return loopbackTarget ? Math.max(1, cores / 2) : cores;
    }

    /**
     * The reactor checks timeouts once per select interval (1 s by default), so a 1 s timeout
     * could fire at 2 s; a twentieth of the timeout, within 10..100 ms, keeps them on time.
     */
    static TimeValue selectInterval(Duration timeout) {
        long millis = Math.max(10, Math.min(100, timeout.toMillis() / 20));
        return TimeValue.ofMilliseconds(millis);
    }
}

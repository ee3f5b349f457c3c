/**
 * The load engine: a {@link dev.hammerbench.load.HammerPlan} run against one URI by
 * {@link dev.hammerbench.load.LoadEngine#run} yields a {@link dev.hammerbench.result.HammerResult}.
 * Usable without JUnit. Apache HttpClient 5 (async, the minimal client) lives here and nowhere else.
 *
 * <h2>What a round does</h2>
 * <ul>
 *   <li>Closed model (no rate): {@code concurrency} callers, each sending its next call when the
 *       previous one ended; 0 = every call in flight at once (the seed's round). Latency runs from
 *       each call's actual send.</li>
 *   <li>Open model (rate &gt; 0): call i is due at start + i/rate, sent by one scheduler thread,
 *       and its latency runs from its due time (wrk2), so a stall shows in the high percentiles.
 *       {@code concurrency} caps calls in flight; 0 = no cap but the pool's.</li>
 *   <li>Latency is recorded in an HdrHistogram (microseconds, 3 significant digits) only for calls
 *       that got a response; outcomes are counted per status and per error class; no per-call
 *       sample is kept. Warm-up calls go first through the same client and are not counted.</li>
 * </ul>
 *
 * <h2>Timeouts and the deadline</h2>
 * The plan's timeout bounds connecting, and separately the wait for the response (an inactivity
 * timeout, like the seed's {@code requests.get(timeout=1.0)}); it also bounds the wait for a
 * pooled connection. A round ends when its last call ends, at the latest at its hard deadline:
 * sending time (calls/rate, the duration, or for the closed model one call-time per wave of
 * callers) plus three timeouts plus one second. At the deadline the books close, every call in
 * flight is cancelled, and those calls count as sent but not completed (so as failed), not as
 * response timeouts.
 *
 * <h2>Protocols</h2>
 * Without keep-alive every call is a new HTTP/1.1 connection sending "Connection: close" (so the
 * server closes first and TIME_WAIT stays on its side). With keep-alive an https target
 * negotiates HTTP/2 or HTTP/1.1 by ALPN (each pooled connection carries one call at a time, so
 * concurrency means the same on both); plain http stays HTTP/1.1, since HttpClient 5 offers no
 * h2c upgrade. TLS uses the JVM's default trust store: a self-signed loopback certificate fails
 * every call with {@code other:SSLHandshakeException}.
 *
 * <h2>Resources</h2>
 * One client per run: an I/O reactor with a thread per core (per two cores when the target is on
 * loopback, since the server then needs the other half), a connection pool exactly as large
 * as the calls in flight can be, and 4 KiB (new connection per call) or 16 KiB (keep-alive) I/O
 * buffers. Runs share nothing, so several may run at once. A round whose connections would not
 * fit the process's open-files limit is refused before it starts.
 */
package dev.hammerbench.load;

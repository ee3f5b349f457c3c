package dev.hammerbench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's I/O threads as a round sees them, and how busy they were: the harness is the
 * bottleneck when its busiest I/O thread was on CPU nearly all of the round, and then the table
 * shows the client's ceiling, not the server's.
 *
 * <p>Calls end on the I/O threads, so a round notes each thread the first time one of its calls
 * ends there, with that thread's CPU time so far (cheap on the current thread), and at the end
 * reads each noted thread's CPU time again. The CPU before a thread's first ended call is not
 * counted: a millisecond or so. A call that fails inline on the launching thread is not an I/O
 * thread's work; the client names its I/O threads, so those are told apart by name.
 */
final class IoThreads {

    /** HttpClient 5's name for its reactor's I/O dispatch threads. */
    static final String NAME_PREFIX = "httpclient-dispatch";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds of each noted thread when noted, by thread id. */
    private final Map<Long, Long> cpuAtFirstSight = new ConcurrentHashMap<>();
    /** The last thread noted; a racy cache whose miss costs one map lookup. */
    private Thread last;

    /** Called on the thread where a call ended. */
    void note() {
        Thread thread = Thread.currentThread();
        if (thread == last) {
            return;
        }
        last = thread;
        if (thread.getName().startsWith(NAME_PREFIX) && THREADS.isCurrentThreadCpuTimeSupported()) {
            cpuAtFirstSight.computeIfAbsent(thread.getId(), id -> THREADS.getCurrentThreadCpuTime());
        }
    }

    /**
     * The busiest noted thread's CPU time since it was noted, as a share of {@code wallNanos},
     * capped at 1; empty when no thread was noted or the JVM cannot tell a thread's CPU time.
     */
    OptionalDouble busiestShare(long wallNanos) {
        if (wallNanos <= 0 || cpuAtFirstSight.isEmpty() || !THREADS.isThreadCpuTimeSupported()) {
            return OptionalDouble.empty();
        }
        long busiest = -1;
        for (Map.Entry<Long, Long> thread : cpuAtFirstSight.entrySet()) {
            long now = THREADS.getThreadCpuTime(thread.getKey());
            if (now >= 0) { // -1: the thread has ended (the client was closed) or CPU time is off
                busiest = Math.max(busiest, now - thread.getValue());
            }
        }
        return busiest < 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, (double) busiest / wallNanos));
    }
}

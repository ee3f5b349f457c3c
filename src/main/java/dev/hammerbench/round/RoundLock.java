package dev.hammerbench.round;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;

/**
 * One round at a time on the machine: two rounds at once (JUnit's parallel execution, Surefire
 * forks side by side) would each measure the other. Inside the JVM a lock; across JVMs an OS file
 * lock on {@code java.io.tmpdir/hammerbench-round.lock}, which the kernel drops when a JVM dies.
 */
@API(status = INTERNAL, since = "0.1")
public final class RoundLock implements AutoCloseable {

    /** The lock file's name in {@code java.io.tmpdir}: public for the tests that hold it from another JVM. */
    public static final String FILE = "hammerbench-round.lock";

    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;
    private final Duration waited;

    private RoundLock(FileChannel channel, FileLock lock, Duration waited) {
        this.channel = channel;
        this.lock = lock;
        this.waited = waited;
    }

    /** Waits for every other round on the machine to end; without a usable lock file, only for this JVM's. */
    public static RoundLock acquire() {
        long start = System.nanoTime();
        IN_JVM.lock();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.lock();
        } catch (java.nio.channels.FileLockInterruptionException | java.nio.channels.ClosedByInterruptException e) {
            closeQuietly(channel);
            IN_JVM.unlock();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another round on this machine to end", e);
        } catch (IOException e) {
            closeQuietly(channel); // a read-only tmpdir: rounds still never overlap within this JVM
            channel = null;
        } catch (RuntimeException e) {
            closeQuietly(channel);
            IN_JVM.unlock();
            throw e;
        }
        return new RoundLock(channel, lock, Duration.ofNanos(System.nanoTime() - start));
    }

    /** How long the round waited for others to end. */
    public Duration waited() {
        return waited;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            IN_JVM.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}

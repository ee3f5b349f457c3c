package dev.hammerbench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Fixture process: prints "listening on 0" (so LaunchedGroup can wait for it), sleeps DELAY_MS,
 * burns BURN_MS of CPU on its main thread, then exits: a group member that dies mid-round.
 */
public final class CpuBurner {

    private CpuBurner() {
    }

    public static void main(String[] args) throws InterruptedException {
        long delayMs = Long.parseLong(args[0]);
        long burnMs = Long.parseLong(args[1]);
        System.out.println("listening on 0");
        System.out.flush();
        Thread.sleep(delayMs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + burnMs * 1_000_000;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                x += i * 31L ^ x;
            }
        }
        System.exit((int) (x & 0));
    }
}

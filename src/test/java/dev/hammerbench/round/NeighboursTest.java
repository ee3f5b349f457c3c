package dev.hammerbench.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the machine's CPU over a server's counted calls splits into the server, the harness and the rest. */
class NeighboursTest {

    private static final long ONE_SECOND = 1_000_000_000L;

    @Test
    void othersAreTheBusyTimeLessTheServerAndTheHarnessOverTheWholeMachine() {
        // 2 CPUs for 1 s: 1.9 s busy, of which the server 0.9 s and the harness 0.8 s, so others 0.2 s
        Neighbours.Shares shares = Neighbours.Shares.of(Duration.ofMillis(1900), Duration.ofMillis(900),
                Duration.ofMillis(800), ONE_SECOND, 2);

        assertThat(shares.busy()).isCloseTo(0.95, within(1e-12));
        assertThat(shares.others()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void tickRoundingCannotLeaveZeroToOne() {
        // /proc/stat counts 10 ms ticks: over a short load the server and harness can add up past the busy time
        Neighbours.Shares under = Neighbours.Shares.of(Duration.ofMillis(100), Duration.ofMillis(70),
                Duration.ofMillis(40), ONE_SECOND / 10, 2);
        Neighbours.Shares over = Neighbours.Shares.of(Duration.ofMillis(210), Duration.ZERO, Duration.ZERO,
                ONE_SECOND / 10, 2);

        assertThat(under.others()).isZero();
        assertThat(under.busy()).isCloseTo(0.5, within(1e-12));
        assertThat(over.busy()).isEqualTo(1.0);
        assertThat(over.others()).isEqualTo(1.0);
    }
}

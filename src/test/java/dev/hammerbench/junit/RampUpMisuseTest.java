package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Every misuse of @Hammer's rampUp fails before any server starts, saying what is accepted. */
class RampUpMisuseTest {

    static Failures failures;

    @BeforeAll
    static void runTheMisuses() {
        failures = Failures.of(MisusedTestCases.class);
    }

    @Test
    void notADuration() {
        failures.assertMessage("notADuration", ExtensionConfigurationException.class,
                "@Hammer on RampUpMisuseTest$MisusedTestCases.notADuration(): rampUp \"slowly\" is not a duration;"
                        + " accepted: \"\" (the default), \"0s\" (one burst) or a positive duration such as");
    }

    @Test
    void negative() {
        failures.assertMessage("negative", ExtensionConfigurationException.class,
                "rampUp \"-2s\" is not a duration; accepted: ");
    }

    @Test
    void withARate() {
        failures.assertMessage("withARate", ExtensionConfigurationException.class,
                "@Hammer on RampUpMisuseTest$MisusedTestCases.withARate(): rampUp = PT2S spreads the starts of a closed"
                        + " round, but rate = 100.0 makes this an open round whose schedule sets every start;"
                        + " accepted: rampUp without a rate, or a rate without rampUp");
    }

    @Test
    void notShorterThanTheDuration() {
        failures.assertMessage("longerThanDuration", ExtensionConfigurationException.class,
                "rampUp = PT5S is not shorter than duration = PT5S, so some callers would never start;"
                        + " accepted: a rampUp shorter than the duration");
    }

    @Test
    void notShorterThanTheDeadline() {
        failures.assertMessage("longerThanDeadline", ExtensionConfigurationException.class,
                "rampUp = PT10S is not shorter than deadline = PT3S, so some callers would never start;"
                        + " accepted: a rampUp shorter than the deadline");
    }

    @Test
    void everyMisuseFailed() {
        assertThat(failures.size()).isEqualTo(5);
    }

    static class MisusedTestCases {

        @Test
        @Hammer(calls = 5, rampUp = "slowly", settle = "0")
        void notADuration() {
        }

        @Test
        @Hammer(calls = 5, rampUp = "-2s", settle = "0")
        void negative() {
        }

        @Test
        @Hammer(calls = 5, rate = 100, rampUp = "2s", settle = "0")
        void withARate() {
        }

        @Test
        @Hammer(duration = "5s", concurrency = 2, rampUp = "5s", settle = "0")
        void longerThanDuration() {
        }

        @Test
        @Hammer(calls = 5, rampUp = "10s", deadline = "3s", settle = "0")
        void longerThanDeadline() {
        }
    }
}

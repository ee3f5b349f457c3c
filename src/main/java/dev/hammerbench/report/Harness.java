package dev.hammerbench.report;

/** The harness row's name: the seed's "main 0.2.0" became the test JVM and its version. */
final class Harness {

    private Harness() {
    }

    /** Taken from the JVM rendering the report, which is the JVM that ran the round. */
    static String name() {
        return "harness Java " + Runtime.version();
    }
}

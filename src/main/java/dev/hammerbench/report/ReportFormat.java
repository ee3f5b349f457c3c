package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;

/** One way to write a round down, in the manner of JMH's ResultFormat: a file name and its content. */
interface ReportFormat {

    /** The file this format is written to, inside a round's report directory. */
    String fileName();

    /** The whole file, rendered from {@code comparison} alone (no clock, no file system). */
    String render(Comparison comparison);
}

/**
 * Memory and CPU of server process groups and of the harness JVM. The only package that reads
 * /proc or calls OSHI. Internal: its public types serve the {@code junit} and {@code server} layers
 * and are not user API.
 *
 * <p>Public: {@link dev.hammerbench.measure.ProcessMeter} (snapshots, CPU time),
 * {@link dev.hammerbench.measure.RoundMeter} (CPU, peak and series during a round),
 * {@link dev.hammerbench.measure.RoundMeasurement}, {@link dev.hammerbench.measure.PeakSource},
 * {@link dev.hammerbench.measure.ProcessGroupGoneException}. Everything else is package-private.
 *
 * <p>On Linux everything comes from /proc: members by pgrp, RSS/VMS/CPU from stat, PSS/USS/swap
 * from smaps_rollup, peaks from VmHWM after clear_refs. Elsewhere OSHI (initialised on first use)
 * gives RSS, VMS and CPU of the main process and its descendants.
 */
package dev.hammerbench.measure;

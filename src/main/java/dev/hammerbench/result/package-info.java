/**
 * Immutable results of a hammer round: plain records with no I/O and no rendering.
 *
 * <p>Sizes are bytes, times are {@link java.time.Duration}s. A figure the platform cannot tell
 * (PSS and USS off Linux, memory of a target no {@code @LaunchServer} started) is an empty
 * {@link java.util.OptionalLong} or a {@code null} snapshot, never a made-up number.
 */
package dev.hammerbench.result;

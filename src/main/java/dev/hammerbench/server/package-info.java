/**
 * From a {@link dev.hammerbench.server.ServerSpec} to a running, ready server process, and back to
 * nothing: free ports, spawning (an argv or a child JVM on the test classpath), readiness with a
 * deadline, output to a log file, stopping the whole process group, and the reaper that stops it
 * when the JVM dies without a chance to.
 *
 * <p>Internal: the public types here serve the {@code junit} layer and are not user API.
 */
package dev.hammerbench.server;

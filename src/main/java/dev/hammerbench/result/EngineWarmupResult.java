package dev.hammerbench.result;

import java.time.Duration;

/**
 * What the harness's warm-up of its own load engine did, once per JVM before its first round,
 * against a loopback responder of its own: no server under test saw these calls, none is counted.
 *
 * @param calls calls answered during the warm-up
 * @param took its wall time
 */
public record EngineWarmupResult(long calls, Duration took) {
}

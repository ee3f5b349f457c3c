package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What the harness's warm-up of its own load engine did, once per JVM before its first round,
 * against a loopback responder of its own: no server under test saw these calls, none is counted.
 *
 * @param calls calls answered during the warm-up
 * @param took its wall time
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EngineWarmupResult(long calls, Duration took) {
}

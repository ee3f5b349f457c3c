package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The machine and software a round ran on. Two rounds are only comparable on the same one: a
 * baseline recorded on a laptop says nothing about a CI runner.
 *
 * @param cpuModel the processor's model name, e.g. "AMD EPYC 7B13"
 * @param cores processors the JVM sees
 * @param memoryBytes physical memory
 * @param kernel operating system and kernel version, e.g. "Linux 6.1.0-18-amd64"
 * @param jvm the harness JVM's vendor and runtime version
 * @param hammerbenchVersion the Hammerbench that measured ("development" when run from classes, not a jar)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Fingerprint(String cpuModel, int cores, long memoryBytes, String kernel, String jvm,
        String hammerbenchVersion) {

    public Fingerprint {
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(hammerbenchVersion, "hammerbenchVersion");
    }

    /** Each field that differs, as "CPU model: X (baseline) vs Y (now)"; empty when they are the same machine. */
    public List<String> differencesFrom(Fingerprint baseline) {
        List<String> differences = new ArrayList<>();
        differ(differences, "CPU model", baseline.cpuModel, cpuModel);
        differ(differences, "cores", Integer.toString(baseline.cores), Integer.toString(cores));
        differ(differences, "memory", baseline.memoryBytes + " bytes", memoryBytes + " bytes");
        differ(differences, "kernel", baseline.kernel, kernel);
        differ(differences, "JVM", baseline.jvm, jvm);
        differ(differences, "Hammerbench", baseline.hammerbenchVersion, hammerbenchVersion);
        return differences;
    }

    private static void differ(List<String> differences, String field, String baseline, String now) {
        if (!baseline.equals(now)) {
            differences.add(field + ": " + baseline + " (baseline) vs " + now + " (now)");
        }
    }
}

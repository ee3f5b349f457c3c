package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * This machine's {@link Fingerprint}: CPU model and memory from /proc on Linux (OSHI is optional
 * there and not on every classpath), through OSHI elsewhere when it is present; the rest from the
 * JVM's own properties.
 */
@API(status = INTERNAL, since = "0.1")
public final class MachineFingerprint {

    /** Maven puts this into every jar it builds; classes run from target/classes have none. */
    private static final String POM_PROPERTIES = "/META-INF/maven/dev.hammerbench/hammerbench/pom.properties";

    private static volatile Fingerprint detected;

    private MachineFingerprint() {
    }

    /** Detected once per JVM: the machine does not change under a running test suite. */
    public static Fingerprint detect() {
        Fingerprint fingerprint = detected;
        if (fingerprint == null) {
            boolean proc = Files.isReadable(Path.of("/proc/cpuinfo")) && Files.isReadable(Path.of("/proc/meminfo"));
            fingerprint = new Fingerprint(proc ? procCpuModel() : OshiHardware.cpuModel(),
                    Runtime.getRuntime().availableProcessors(), proc ? procMemory() : OshiHardware.memoryBytes(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                    hammerbenchVersion());
            detected = fingerprint;
        }
        return fingerprint;
    }

    private static String procCpuModel() {
        return field(lines("/proc/cpuinfo"), "model name").orElseGet(() -> field(lines("/proc/cpuinfo"), "Model")
                .orElse("unknown (" + System.getProperty("os.arch") + ")"));
    }

    /** MemTotal is in kB. */
    private static long procMemory() {
        return field(lines("/proc/meminfo"), "MemTotal").map(v -> Long.parseLong(v.replace("kB", "").strip()) * 1024)
                .orElse(0L);
    }

    private static java.util.Optional<String> field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name) && l.indexOf(':') > 0
                && l.substring(0, l.indexOf(':')).strip().equals(name)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst();
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String hammerbenchVersion() {
        try (InputStream in = MachineFingerprint.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM_PROPERTIES, e);
        }
    }
}

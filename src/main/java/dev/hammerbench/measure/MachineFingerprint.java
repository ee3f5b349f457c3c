package dev.hammerbench.measure;

import dev.hammerbench.result.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/** This machine's {@link Fingerprint}, through OSHI and the JVM's own properties. */
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
            HardwareAbstractionLayer hardware = new SystemInfo().getHardware();
            fingerprint = new Fingerprint(hardware.getProcessor().getProcessorIdentifier().getName().trim(),
                    hardware.getProcessor().getLogicalProcessorCount(), hardware.getMemory().getTotal(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                    hammerbenchVersion());
            detected = fingerprint;
        }
        return fingerprint;
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

package dev.hammerbench.measure;

/** CPU model and memory through OSHI, where /proc is missing; "unknown" when OSHI is not on the classpath. */
final class OshiHardware {

    private OshiHardware() {
    }

    static String cpuModel() {
        return present() ? Loaded.HARDWARE.getProcessor().getProcessorIdentifier().getName().strip() : "unknown";
    }

    static long memoryBytes() {
        return present() ? Loaded.HARDWARE.getMemory().getTotal() : 0;
    }

    private static boolean present() {
        try {
            Class.forName("oshi.SystemInfo", false, OshiHardware.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only once OSHI is known to be there. */
    private static final class Loaded {
        static final oshi.hardware.HardwareAbstractionLayer HARDWARE = new oshi.SystemInfo().getHardware();
    }
}

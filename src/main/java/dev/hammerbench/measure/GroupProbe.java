package dev.hammerbench.measure;

import java.util.List;
import java.util.Optional;

/** Reads the processes of a group; one implementation per way the OS tells. */
interface GroupProbe {

    /** Every process of group {@code pgid} now, zombies included; empty when the group is gone. */
    List<ProcessSample> members(long pgid);

    /** The same process again, or empty when it exited (or its pid now names another process). */
    Optional<ProcessSample> reread(ProcessSample known);

    /** This very JVM. */
    ProcessSample self();

    /**
     * /proc where it is readable, unless {@link Platform#portable()} asks for OSHI as off Linux.
     *
     * @throws IllegalStateException saying which dependency to add when OSHI is needed and missing
     */
    static GroupProbe forThisOs() {
        if (ProcFs.AVAILABLE && !Platform.portable()) {
            return ProcProbe.INSTANCE;
        }
        if (!Oshi.PRESENT) {
            throw new IllegalStateException("measuring a server without /proc (" + (ProcFs.AVAILABLE
                    ? Platform.KEY + "=portable" : System.getProperty("os.name"))
                    + ") needs OSHI on the test classpath, and it is not there: add the test dependency"
                    + " com.github.oshi:oshi-core:" + Oshi.VERSION + " (Maven adds it by itself off Linux; Gradle"
                    + " does not read Maven profiles)");
        }
        return OshiProbe.INSTANCE;
    }

    /** Whether OSHI is on the classpath: it is an optional dependency, and on Linux users do not get it. */
    final class Oshi {
        static final String VERSION = "7.5.0";
        static final boolean PRESENT = present();

        private Oshi() {
        }

        private static boolean present() {
            try {
                Class.forName("oshi.SystemInfo", false, GroupProbe.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}

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

    static GroupProbe forThisOs() {
        return ProcFs.AVAILABLE ? ProcProbe.INSTANCE : OshiProbe.INSTANCE;
    }
}

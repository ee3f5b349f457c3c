package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** How a round's peak resident size was found out. */
@API(status = INTERNAL, since = "0.1")
public enum PeakSource {

    /**
     * Linux: each member's VmHWM was reset ("5" to /proc/PID/clear_refs) at the start and read at
     * the end, then summed. Exact per process; a sum of per-process peaks can exceed the group's
     * true simultaneous peak when members peak at different moments.
     */
    VM_HWM("VmHWM"),

    /**
     * The highest sum of the sampled series: used when clear_refs was not writable, off Linux, or
     * when members that exited during the round made the sampled maximum the higher figure. It can
     * miss a spike shorter than the sample interval.
     */
    SAMPLED("sampled"),

    /**
     * A container on a remote engine, through the Docker stats API: the highest of the engine's
     * once-a-second frames of the cgroup's memory usage less inactive file cache. Its before and after
     * figures are cgroup figures too (no PSS, USS or virtual size).
     */
    CGROUP("cgroup"),

    /** Nothing was measured: the group was gone for the whole round. */
    NONE("none");

    private final String label;

    PeakSource(String label) {
        this.label = label;
    }

    /** Short name for a table column: "VmHWM", "sampled", "cgroup" or "none". */
    public String label() {
        return label;
    }
}

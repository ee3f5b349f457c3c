package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The process group asked about has no live process: the server exited, crashed or was stopped.
 * Measuring a group that is gone is a question without an answer, so it fails instead of
 * returning zeros that would read as "a server using no memory".
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessGroupGoneException extends IllegalStateException {

    private final long pgid;

    ProcessGroupGoneException(long pgid) {
        super("process group " + pgid + " has no live process: the server exited or was stopped before it could be"
                + " measured (" + (GroupProbe.forThisOs() instanceof ProcProbe
                        ? "no process in /proc has pgrp " + pgid
                        : "no process " + pgid + " and so no descendants") + ")");
        this.pgid = pgid;
    }

    /** The process group that was asked about. */
    public long pgid() {
        return pgid;
    }
}

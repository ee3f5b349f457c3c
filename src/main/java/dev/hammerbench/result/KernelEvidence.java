package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What the Linux kernel counted while one server's round ran: the TCP counters of
 * /proc/net/netstat and /proc/net/snmp after the round minus before, and the server's listen
 * backlog. The counters are machine-wide: anything else on the machine using TCP at that time
 * adds to them, and so do the other servers when a round hammers them in parallel.
 *
 * @param listenOverflows TcpExt ListenOverflows: connections the kernel could not queue because the
 *     server's accept queue was full (a SYN dropped, or the handshake's last ACK)
 * @param listenDrops TcpExt ListenDrops: everything dropped at a listening socket (overflows included)
 * @param syncookiesSent TcpExt SyncookiesSent: SYNs answered with a cookie because the SYN queue was full
 * @param tcpTimeouts TcpExt TCPTimeouts: retransmission timer expiries, SYNs included
 * @param synRetransmits TcpExt TCPSynRetrans, where the kernel has it: SYNs sent again after no answer
 * @param retransmittedSegments Tcp RetransSegs
 * @param listenBacklog the server's listen backlog (from {@code ss -ltn}), when it could be read
 * @param shared true when other servers were hammered at the same time, so the counters are theirs too
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record KernelEvidence(long listenOverflows, long listenDrops, long syncookiesSent, long tcpTimeouts,
        OptionalLong synRetransmits, long retransmittedSegments, OptionalInt listenBacklog, boolean shared) {

    public KernelEvidence {
        synRetransmits = synRetransmits == null ? OptionalLong.empty() : synRetransmits;
        listenBacklog = listenBacklog == null ? OptionalInt.empty() : listenBacklog;
    }

    /** True when any counter moved: then the report prints the evidence. */
    public boolean anyNonZero() {
        return listenOverflows != 0 || listenDrops != 0 || syncookiesSent != 0 || tcpTimeouts != 0
                || synRetransmits.orElse(0) != 0 || retransmittedSegments != 0;
    }

    /** Two rounds' evidence added up; either may be absent (then the other stands). */
    public static Optional<KernelEvidence> plus(Optional<KernelEvidence> a, Optional<KernelEvidence> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        KernelEvidence x = a.get();
        KernelEvidence y = b.get();
        OptionalLong syn = x.synRetransmits.isPresent() && y.synRetransmits.isPresent()
                ? OptionalLong.of(x.synRetransmits.getAsLong() + y.synRetransmits.getAsLong()) : OptionalLong.empty();
        return Optional.of(new KernelEvidence(x.listenOverflows + y.listenOverflows, x.listenDrops + y.listenDrops,
                x.syncookiesSent + y.syncookiesSent, x.tcpTimeouts + y.tcpTimeouts, syn,
                x.retransmittedSegments + y.retransmittedSegments,
                x.listenBacklog.isPresent() ? x.listenBacklog : y.listenBacklog, x.shared || y.shared));
    }

    /** The same evidence, marked as shared with servers hammered at the same time. */
    public KernelEvidence sharedWithOthers() {
        return new KernelEvidence(listenOverflows, listenDrops, syncookiesSent, tcpTimeouts, synRetransmits,
                retransmittedSegments, listenBacklog, true);
    }
}

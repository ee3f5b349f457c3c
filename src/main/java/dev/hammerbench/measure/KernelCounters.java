package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.KernelEvidence;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The machine's TCP counters at one moment, from /proc/net/netstat (TcpExt) and /proc/net/snmp
 * (Tcp): read one before a server's round and one after, and {@link #since} tells what the
 * round cost the kernel.
 */
@API(status = INTERNAL, since = "0.1")
public final class KernelCounters {

    private final Map<String, Long> values;

    KernelCounters(Map<String, Long> values) {
        this.values = Map.copyOf(values);
    }

    /** The counters now; empty off Linux or where /proc/net is not readable. */
    public static Optional<KernelCounters> read() {
        Optional<String> netstat = ProcFs.readNet("netstat");
        Optional<String> snmp = ProcFs.readNet("snmp");
        if (netstat.isEmpty() || snmp.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> values = new HashMap<>();
        parse(netstat.get(), values);
        parse(snmp.get(), values);
        return values.containsKey("TcpExt.ListenOverflows") ? Optional.of(new KernelCounters(values)) : Optional.empty();
    }

    /**
     * Parses the two-line blocks of netstat/snmp ("TcpExt: A B C" then "TcpExt: 1 2 3") into
     * "TcpExt.A" -> 1; a block whose lines do not pair up is skipped.
     */
    static void parse(String text, Map<String, Long> into) {
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String[] names = lines[i].trim().split("\\s+");
            String[] numbers = lines[i + 1].trim().split("\\s+");
            if (names.length < 2 || names.length != numbers.length || !names[0].equals(numbers[0])
                    || !names[0].endsWith(":") || !numbers[1].matches("-?\\d+")) {
                continue;
            }
            String prefix = names[0].substring(0, names[0].length() - 1);
            for (int k = 1; k < names.length; k++) {
                try {
                    into.put(prefix + "." + names[k], Long.parseLong(numbers[k]));
                } catch (NumberFormatException e) {
                    // a counter past a long (never seen) is left out rather than guessed
                }
            }
            i++;
        }
    }

    OptionalLong get(String key) {
        Long value = values.get(key);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** What moved from {@code before} to this reading, with the server's backlog when known. */
    public KernelEvidence since(KernelCounters before, OptionalInt listenBacklog) {
        return new KernelEvidence(delta(before, "TcpExt.ListenOverflows"), delta(before, "TcpExt.ListenDrops"),
                delta(before, "TcpExt.SyncookiesSent"), delta(before, "TcpExt.TCPTimeouts"),
                values.containsKey("TcpExt.TCPSynRetrans") ? OptionalLong.of(delta(before, "TcpExt.TCPSynRetrans"))
                        : OptionalLong.empty(),
                delta(before, "Tcp.RetransSegs"), listenBacklog, false);
    }

    private long delta(KernelCounters before, String key) {
        return Math.max(0, get(key).orElse(0) - before.get(key).orElse(0));
    }
}

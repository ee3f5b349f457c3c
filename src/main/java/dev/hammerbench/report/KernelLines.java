package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.KernelEvidence;
import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kernel's evidence under the tables, for every server whose round moved a TCP counter: a
 * plain diagnosis first ("the kernel dropped 5 412 SYNs on a full listen queue"), then the counters.
 */
final class KernelLines {

    /** One server's evidence in words. */
    record KernelLine(String server, String diagnosis, String counters) {
    }

    private KernelLines() {
    }

    static List<KernelLine> of(Comparison comparison) {
        List<KernelLine> lines = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            Optional<KernelEvidence> kernel = server.kernel();
            if (kernel.isPresent() && kernel.get().anyNonZero()) {
                lines.add(new KernelLine(server.server().displayName(), diagnosis(server, kernel.get()),
                        counters(kernel.get())));
            }
        }
        return lines;
    }

    static String diagnosis(ServerResult server, KernelEvidence k) {
        long connectTimeouts = server.hammer().outcomes().counts().getOrDefault(ErrorClass.CONNECT_TIMEOUT.label(), 0L);
        String timeouts = connectTimeouts == 0 ? "no connect timeouts" : grouped(connectTimeouts) + " connect timeouts";
        String backlog = k.listenBacklog().isPresent() ? "backlog " + k.listenBacklog().getAsInt() : "backlog unknown";
        String dropped = "the kernel dropped " + grouped(k.listenOverflows())
                + " SYNs or handshake ACKs on a full listen queue (" + backlog + ")";
        String text;
        if (k.listenOverflows() > 0 && connectTimeouts > 0) {
            text = timeouts + "; " + dropped + "; the server accepts too slowly for this burst (a dropped SYN is sent"
                    + " again only after 1 s); try rampUp or a larger backlog";
        } else if (k.listenOverflows() > 0) {
            text = timeouts + "; " + dropped + "; their retries got in within the timeout, but those calls waited"
                    + " (see the high percentiles)";
        } else {
            text = timeouts + "; no listen-queue drops (" + backlog + "); the retransmissions counted are elsewhere in TCP";
        }
        return text + (k.shared() ? "; counters machine-wide, shared with the servers hammered at the same time"
                : "; counters machine-wide");
    }

    static String counters(KernelEvidence k) {
        return "ListenOverflows " + k.listenOverflows() + ", ListenDrops " + k.listenDrops() + ", SyncookiesSent "
                + k.syncookiesSent() + ", TCPTimeouts " + k.tcpTimeouts() + ", TCPSynRetrans "
                + (k.synRetransmits().isPresent() ? Long.toString(k.synRetransmits().getAsLong()) : Units.UNKNOWN)
                + ", RetransSegs " + k.retransmittedSegments();
    }

    /** "5 412": thousands apart, as the diagnosis reads aloud. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /** "  bottle 0.12.25: diagnosis" and "    counters: ..." lines, the server named in full, wrapped at the text width. */
    static List<String> text(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        for (KernelLine line : of(comparison)) {
            // clause by clause, so no line passes the text width
            String[] clauses = line.diagnosis().split("; ");
            lines.addAll(Text.wrap("  " + Text.oneLine(line.server()) + ": " + clauses[0], Text.MAX_LINE, 4));
            for (int i = 1; i < clauses.length; i++) {
                lines.addAll(Text.wrap("    " + clauses[i], Text.MAX_LINE, 6));
            }
            lines.addAll(Text.wrap("    counters: " + line.counters(), Text.MAX_LINE, 6));
        }
        return lines;
    }

    static Table table(List<KernelLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (KernelLine line : lines) {
            rows.add(List.of(line.server(), line.diagnosis(), line.counters()));
        }
        return new Table(List.of(Table.Column.text("server", 24), Table.Column.text("diagnosis", 400),
                Table.Column.text("kernel counters (machine-wide)", 200)), rows);
    }
}

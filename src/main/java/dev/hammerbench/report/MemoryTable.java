package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Memory around the load, in MiB: the seed's two memory tables folded into one, before -> after.
 * A target no {@code @LaunchServer} started has no process to measure: its row is all "-".
 */
final class MemoryTable {

    static final String NOTE = "Sizes in MiB; PSS, USS and peak where the OS tells them, \"-\" where it does not.";

    /** The note under the table, saying how the peaks were measured and which rows are cgroup figures. */
    static String note(Comparison comparison) {
        String cgroup = cgroupNote(comparison);
        return cgroup.isEmpty() ? peakNote(comparison) : peakNote(comparison) + " " + cgroup;
    }

    /** The note under the table, saying how the peaks were measured when anyone says. */
    static String peakNote(Comparison comparison) {
        List<String> sources = comparison.servers().stream().map(ServerResult::peakSource)
                .flatMap(Optional::stream).distinct().map(MemoryTable::describePeak).toList();
        return sources.isEmpty() ? NOTE : NOTE + " Peak: " + String.join("; ", sources) + ".";
    }

    /** What the "(cgroup)" rows are, or "" when there are none. */
    static String cgroupNote(Comparison comparison) {
        return comparison.servers().stream().anyMatch(MemoryTable::cgroup) ? "(cgroup): cgroup figures from the Docker"
                + " stats API (remote engine): usage less inactive file cache, kernel memory included; CPU the cgroup's."
                : "";
    }

    /** Whether the server's figures are its container's cgroup's, from the Docker stats API. */
    static boolean cgroup(ServerResult server) {
        return server.peakSource().filter("cgroup"::equals).isPresent();
    }

    private static String describePeak(String source) {
        return switch (source) {
            case "VmHWM" -> "VmHWM (kernel high-water mark, reset by clear_refs)";
            case "sampled" -> "highest RSS sampled";
            case "cgroup" -> "cgroup rows, the highest once-a-second stats frame";
            default -> source;
        };
    }

    private MemoryTable() {
    }

    static Table build(Comparison comparison, String harnessName) {
        List<Table.Column> columns = List.of(
                Table.Column.text("server", 24),
                Table.Column.number("PID (procs)", 14),
                Table.Column.number("startup", 8),
                Table.Column.number("RSS MiB before -> after", 23),
                Table.Column.number("growth", 9),
                Table.Column.number("peak", 9),
                Table.Column.number("VMS", 9),
                Table.Column.number("PSS", 9),
                Table.Column.number("USS", 9),
                Table.Column.whole("relative"));
        List<List<String>> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            rows.add(row(comparison, server));
        }
        HarnessResult harness = comparison.harness();
        if (harness != null) {
            rows.add(cells(harnessName, harness.pid(), harness.before(), harness.after(), Units.UNKNOWN,
                    OptionalLong.empty(), Units.UNKNOWN));
        }
        return new Table(columns, rows);
    }

    private static List<String> row(Comparison comparison, ServerResult server) {
        return cells(server.server().displayName() + (cgroup(server) ? " (cgroup)" : ""), server.server().pid().orElse(0),
                server.before().orElse(null), server.after().orElse(null), Units.duration(server.server().startupTime().orElse(null)), server.peakRss(),
                Relative.memory(comparison, server));
    }

    private static List<String> cells(String name, long pid, MemorySnapshot before, MemorySnapshot after,
            String startup, OptionalLong peak, String relative) {
        boolean known = before != null && after != null;
        String dash = Units.UNKNOWN;
        return List.of(
                name,
                pid > 0 ? pid + (known && after.processCount() > 1 ? " (" + after.processCount() + ")" : "") : dash,
                startup,
                known ? Units.mib(before.rss()) + " -> " + Units.mib(after.rss()) : dash,
                known ? Units.signedPercent(after.rssGrowthPercentSince(before)) : dash,
                Units.mib(peak),
                known ? Units.mib(after.vms()) : dash,
                known ? Units.mib(after.pss()) : dash,
                known ? Units.mib(after.uss()) : dash,
                relative);
    }

}

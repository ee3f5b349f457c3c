package dev.hammerbench.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints the deciding figures first (with their targets), then every tool's best turn. */
final class Verdict {

    private Verdict() {
    }

    static void print(Map<String, ExternalTool.Run> best, Optional<ExternalTool.Run> cold, int turns) {
        ExternalTool.Run wrk = faster(best.get("wrk -t1"), best.get("wrk -t2"));
        ExternalTool.Run ceiling = best.get(LoadBench.CEILING);
        ExternalTool.Run extension = best.get(LoadBench.EXTENSION);
        ExternalTool.Run engine = best.get(LoadBench.ENGINE);
        ExternalTool.Run deciding = extension != null ? extension : engine != null ? engine : ceiling;
        if (deciding == null) {
            best.values().forEach(Verdict::row);
            return;
        }
        System.out.println();
        System.out.println("deciding figures (" + deciding.tool() + ", warm, against the best of each reference):");
        if (ceiling != null) {
            ratio(deciding.tool() + " / HC5 ceiling, req/s", deciding.perSecond() / ceiling.perSecond(), ">= 0.95");
        }
        if (wrk != null) {
            ratio(deciding.tool() + " / best wrk (" + wrk.tool() + "), req/s", deciding.perSecond() / wrk.perSecond(),
                    ">= 0.65");
            ratio(deciding.tool() + " / best wrk, CPU us/request", deciding.cpuMicrosPerRequest() / wrk.cpuMicrosPerRequest(),
                    "<= 1.5");
        }
        cold.ifPresent(c -> ratio("cold first round / warm, req/s (" + c.tool() + ")",
                c.perSecond() / deciding.perSecond(), "informative"));
        if (engine != null && extension != null) {
            ratio("extension / engine standalone, req/s", extension.perSecond() / engine.perSecond(), "informative");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %12s %10s %14s   (faster of %d turns each)%n", "tool", "requests", "req/s",
                "CPU us/request", turns);
        cold.ifPresent(Verdict::row);
        best.values().forEach(Verdict::row);
    }

    private static void row(ExternalTool.Run run) {
        System.out.printf(Locale.ROOT, "%-16s %12d %10.0f %14.1f%n", run.tool(), run.requests(), run.perSecond(),
                run.cpuMicrosPerRequest());
    }

    private static void ratio(String what, double value, String target) {
        System.out.printf(Locale.ROOT, "  %-58s %6.2fx  (target %s)%n", what, value, target);
    }

    private static ExternalTool.Run faster(ExternalTool.Run a, ExternalTool.Run b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.perSecond() >= b.perSecond() ? a : b;
    }
}

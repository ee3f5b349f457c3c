package dev.hammerbench.junit;

import dev.hammerbench.measure.MachineFingerprint;
import dev.hammerbench.report.BaselineFile;
import dev.hammerbench.result.Baseline;
import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.Baselines;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Fingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a round, before its tables: writes its baseline when asked ({@code hammerbench.baseline=update}),
 * otherwise sets it against the baseline kept for it, if there is one. Never writes unasked: a
 * baseline is what a team accepted, so only a deliberate run may change it.
 */
final class BaselineGuard {

    static final String DEFAULT_DIR = "src/test/resources/hammerbench";

    private BaselineGuard() {
    }

    /**
     * @param name the round's file name without ".json": the method's name, or "class" for a class's round
     */
    static void afterRound(Comparison round, ExtensionContext context, String where, String name,
            Consumer<String> progress) {
        String action = choice(context, Hammer.BASELINE_KEY, "compare", List.of("compare", "update", "off"), where);
        boolean warnOnly = choice(context, Hammer.BASELINE_MODE_KEY, "fail", List.of("fail", "warn"), where).equals("warn");
        if (action.equals("off")) {
            return;
        }
        Path file = Path.of(context.getConfigurationParameter(Hammer.BASELINE_DIR_KEY).orElse(DEFAULT_DIR))
                .resolve(context.getRequiredTestClass().getName()).resolve(name + ".json");
        Fingerprint machine = MachineFingerprint.detect();
        if (action.equals("update")) {
            BaselineFile.write(file, round, machine);
            progress.accept("baseline written: " + file.toAbsolutePath() + " (commit it to keep it)");
        } else if (!Files.exists(file)) {
            Baselines.missing(round, "no baseline yet at " + file + ": run once with -D" + Hammer.BASELINE_KEY
                    + "=update (or the JUnit configuration parameter " + Hammer.BASELINE_KEY + "=update) to write it");
            return;
        }
        Baseline baseline;
        try {
            baseline = BaselineFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@Hammer on " + where + ": " + e.getMessage(), e);
        }
        List<String> differences = BaselineFile.differences(baseline, round, machine);
        Baselines.attach(round, new BaselineCheck(file.toString(), baseline, differences, warnOnly));
        if (!differences.isEmpty()) {
            progress.accept("baseline " + file + " is NOT COMPARABLE with this run: " + String.join("; ", differences));
        }
    }

    private static String choice(ExtensionContext context, String key, String fallback, List<String> accepted,
            String where) {
        String value = context.getConfigurationParameter(key).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .orElse(fallback);
        if (!accepted.contains(value)) {
            throw new ExtensionConfigurationException("@Hammer on " + where + ": configuration parameter " + key
                    + " is \"" + context.getConfigurationParameter(key).orElse("") + "\"; accepted: "
                    + String.join(", ", accepted));
        }
        return value;
    }
}

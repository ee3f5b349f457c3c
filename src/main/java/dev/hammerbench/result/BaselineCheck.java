package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A round set against the baseline kept for it.
 *
 * @param file where the baseline was read from, as the user would look for it
 * @param baseline what it holds
 * @param differences why the two cannot be compared (plan or machine), one line each; empty when they can
 * @param warnOnly {@code hammerbench.baseline.mode=warn}: a regression is reported, not failed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineCheck(String file, Baseline baseline, List<String> differences, boolean warnOnly) {

    public BaselineCheck {
        differences = List.copyOf(differences);
    }

    /** Whether plan and machine match, so a difference in figures means the server changed. */
    public boolean comparable() {
        return differences.isEmpty();
    }

    /** The baseline's figures of the server called {@code name}, when it had one. */
    public Optional<BaselineFigures> server(String name) {
        return baseline.server(name);
    }
}

package dev.hammerbench.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.Baseline;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Fingerprint;
import dev.hammerbench.result.ServerResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A baseline kept with the tests: written from a round, read back, and set against a later round.
 * Internal: used by the JUnit extension.
 */
@API(status = INTERNAL, since = "0.1")
public final class BaselineFile {

    private BaselineFile() {
    }

    /** Writes {@code round} as the baseline at {@code file}, whole or not at all (a temporary file moved in place). */
    public static void write(Path file, Comparison round, Fingerprint machine) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, BaselineWriter.render(round, machine), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the file and saying what is wrong with it */
    public static Baseline read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("baseline " + file + " is not a Hammerbench baseline: not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
        try {
            return BaselineReader.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("baseline " + file + " cannot be used: " + e.getMessage()
                    + "; write a fresh one with -Dhammerbench.baseline=update", e);
        }
    }

    /** Why {@code round} on {@code machine} cannot be set against {@code baseline}, one line each; empty when it can. */
    public static List<String> differences(Baseline baseline, Comparison round, Fingerprint machine) {
        List<String> differences = new ArrayList<>();
        Map<String, String> plan = plan(round);
        for (var field : plan.entrySet()) {
            String then = baseline.plan().get(field.getKey());
            if (then != null && !then.equals(field.getValue())) {
                differences.add("plan " + field.getKey() + ": " + then + " (baseline) vs " + field.getValue() + " (now)");
            }
        }
        if (baseline.parallel() != round.parallel()) {
            differences.add("parallel: " + baseline.parallel() + " (baseline) vs " + round.parallel() + " (now)");
        }
        for (ServerResult server : round.servers()) {
            if (baseline.server(server.name()).isEmpty()) {
                differences.add("server '" + server.name() + "' is not in the baseline");
            }
        }
        machine.differencesFrom(baseline.fingerprint()).forEach(d -> differences.add("machine " + d));
        return differences;
    }

    /** The plan's fields as results.json spells them, read back, so both sides are spelled alike. */
    private static Map<String, String> plan(Comparison round) {
        JsonWriter json = new JsonWriter();
        JsonParts.plan(json, round.plan());
        Map<String, String> plan = new LinkedHashMap<>();
        Object parsed = StrictJson.parse(json.finish());
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((k, v) -> plan.put(String.valueOf(k), BaselineReader.spelled(v)));
        }
        return plan;
    }
}

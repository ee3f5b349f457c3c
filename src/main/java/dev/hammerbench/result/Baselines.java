package dev.hammerbench.result;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Which baseline a round and its servers were compared with, so reports and
 * {@code assertThat(result).comparedToBaseline()} find it without a field on the result records.
 * Set by the extension right after the round; entries go when their round is no longer referenced.
 * Internal: users read it through the reports and the assertions.
 */
public final class Baselines {

    private static final Map<Object, Optional<BaselineCheck>> CHECKS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<Object, String> MISSING = Collections.synchronizedMap(new WeakHashMap<>());

    private Baselines() {
    }

    /** Records the round and each of its servers as compared with {@code check}. */
    public static void attach(Comparison round, BaselineCheck check) {
        CHECKS.put(round, Optional.of(check));
        round.servers().forEach(server -> CHECKS.put(server, Optional.of(check)));
    }

    /** Records that the round has no baseline yet, and what would create one. */
    public static void missing(Comparison round, String howToCreate) {
        MISSING.put(round, howToCreate);
        round.servers().forEach(server -> MISSING.put(server, howToCreate));
    }

    /** The check of a round or of one of its servers, when it had a baseline. */
    public static Optional<BaselineCheck> of(Object roundOrServer) {
        return CHECKS.getOrDefault(roundOrServer, Optional.empty());
    }

    /** Why there is no baseline for a round or server: the file to create and how; empty when unknown. */
    public static Optional<String> missingFor(Object roundOrServer) {
        return Optional.ofNullable(MISSING.get(roundOrServer));
    }
}

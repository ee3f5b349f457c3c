package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which baseline a round and its servers were compared with, so reports and
 * {@code assertThat(result).comparedToBaseline()} find it without a field on the result records.
 * Set by the extension right after the round. Keyed by identity, not equality: two rounds with equal
 * figures are still two rounds. Held weakly: an entry goes when its round is no longer referenced.
 * Internal: users read it through the reports and the assertions.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Baselines {

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private Baselines() {
    }

    /** Records the round and each of its servers as compared with {@code check}. */
    public static void attach(Comparison round, BaselineCheck check) {
        put(round, Optional.of(check), null);
        round.servers().forEach(server -> put(server, Optional.of(check), null));
    }

    /** Records that the round has no baseline yet, and what would create one. */
    public static void missing(Comparison round, String howToCreate) {
        put(round, Optional.empty(), howToCreate);
        round.servers().forEach(server -> put(server, Optional.empty(), howToCreate));
    }

    /** The check of a round or of one of its servers, when it had a baseline. */
    public static Optional<BaselineCheck> of(Object roundOrServer) {
        Entry entry = find(roundOrServer);
        return entry == null ? Optional.empty() : entry.check;
    }

    /** Why there is no baseline for a round or server: the file to create and how; empty when unknown. */
    public static Optional<String> missingFor(Object roundOrServer) {
        Entry entry = find(roundOrServer);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.missing);
    }

    private static synchronized void put(Object key, Optional<BaselineCheck> check, String missing) {
        for (Iterator<Entry> it = ENTRIES.iterator(); it.hasNext();) {
            Object held = it.next().key.get();
            if (held == null || held == key) {
                it.remove(); // gone, or about to be replaced
            }
        }
        ENTRIES.add(new Entry(new WeakReference<>(key), check, missing));
    }

    private static synchronized Entry find(Object key) {
        for (Entry entry : ENTRIES) {
            if (entry.key.get() == key) {
                return entry;
            }
        }
        return null;
    }

    private record Entry(WeakReference<Object> key, Optional<BaselineCheck> check, String missing) {
    }
}

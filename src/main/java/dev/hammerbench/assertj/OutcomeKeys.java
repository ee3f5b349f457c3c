package dev.hammerbench.assertj;

import java.util.Arrays;
import java.util.List;

import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;

/** The outcome keys {@link Outcomes} can hold, so a misspelt key fails loudly instead of counting 0. */
final class OutcomeKeys {

    private static final List<String> ERRORS = Arrays.stream(ErrorClass.values()).map(ErrorClass::label).toList();

    private OutcomeKeys() {
    }

    static void check(String key) {
        boolean known = key != null && (isHttpStatus(key) || ERRORS.contains(key)
                || key.startsWith(Outcomes.OTHER_PREFIX) && key.length() > Outcomes.OTHER_PREFIX.length());
        if (!known) {
            throw new IllegalArgumentException("unknown outcome key " + (key == null ? "null" : Format.quoted(key))
                    + "; accepted: an HTTP status from 100 to 599 such as \"200\", \"" + String.join("\", \"", ERRORS)
                    + "\", or \"" + Outcomes.OTHER_PREFIX + "ExceptionSimpleName\"");
        }
    }

    private static boolean isHttpStatus(String key) {
        return Outcomes.isStatus(key) && key.length() == 3 && Integer.parseInt(key) >= 100 && Integer.parseInt(key) <= 599;
    }
}

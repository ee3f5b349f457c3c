package dev.hammerbench.assertj;

import dev.hammerbench.result.BaselineCheck;
import org.assertj.core.api.AbstractAssert;

/** {@code hammerbench.baseline.mode}: a baseline check that does not hold fails, or in warn mode is printed. */
final class Warnings {

    private Warnings() {
    }

    /** Fails {@code assertion} with {@code failure}, or prints it when the run only warns; null: it held. */
    static <A extends AbstractAssert<A, ?>> A report(A assertion, BaselineCheck check, String failure) {
        if (failure == null) {
            return assertion;
        }
        if (check.warnOnly()) {
            System.out.println("[hammerbench] WARNING (hammerbench.baseline.mode=warn, not failing):" + failure);
            return assertion;
        }
        throw new AssertionError(failure.strip());
    }
}

package dev.hammerbench.assertj;

import java.time.Duration;

/** Argument checks: a limit that cannot mean anything is the test author's mistake, not a failed check. */
final class Arguments {

    private Arguments() {
    }

    static double positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, but was " + value);
        }
        return value;
    }

    static double aboveOne(String what, double value) {
        if (!(value > 1) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite factor above 1 (1.2 for 20 % slower), but was "
                    + value);
        }
        return value;
    }

    static Duration positive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, but was " + value);
        }
        return value;
    }

    static long notNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, but was " + value);
        }
        return value;
    }
}

package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * What every Hammerbench assert shares: a check runs over one or more {@link Target}s (one server,
 * or every server of a round), and fails once, listing every target that broke it.
 *
 * <p>Soft use: an assert made by {@link HammerSoftAssertionsProvider} is an AssertJ soft proxy
 * that remembers its provider, so the asserts it navigates to ({@code memory()}, {@code latency()},
 * {@code server(..)}, {@code everyServer()}) are soft proxies too. AssertJ only re-proxies the
 * navigation methods of its own asserts, which is why this class does it for ours.
 *
 * @param <SELF> the concrete assert, for chaining
 * @param <ACTUAL> what is asserted on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractHammerAssert<SELF extends AbstractHammerAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** Null for a plain (hard) assert. */
    private SoftAssertionsProvider softly;

    /** Set when the navigation that made this assert already failed softly: the chain stays quiet. */
    private boolean unreachable;

    protected AbstractHammerAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * What a check looks at, called only once {@code actual} is known not to be null: every server
     * of a round, or the one server or hammer result asserted on.
     */
    List<Target> targets() {
        return Target.all(actual);
    }

    /**
     * The round's title when this assert covers every server of a round, so a failure lists all
     * failing servers under one heading; null when it covers one target.
     */
    String round() {
        return actual instanceof Comparison round ? round.title() : null;
    }

    /**
     * Runs {@code check} on every target; {@code check} returns the failure message of one target,
     * or null when that target passes.
     */
    final SELF verify(Function<Target, String> check) {
        if (unreachable) {
            return myself;
        }
        isNotNull();
        List<Target> targets = targets();
        String round = round();
        if (round == null) {
            String failure = check.apply(targets.get(0));
            if (failure != null) {
                fail(failure);
            }
            return myself;
        }
        if (targets.isEmpty()) {
            fail("\nExpecting actual:\n  round " + Format.quoted(round) + "\nto have at least one server\nbut it had none");
        }
        List<String> names = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            String failure = check.apply(target);
            if (failure != null) {
                names.add(Format.quoted(target.name()));
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            fail("\nExpecting every server of round " + Format.quoted(round) + " to pass, but " + failures.size()
                    + " of " + targets.size() + " did not:\n  " + String.join(", ", names) + "\n"
                    + String.join("\n", failures));
        }
        return myself;
    }

    /** Runs a check on the actual value as a whole; {@code check} returns the failure message or null. */
    final SELF verifyActual(Supplier<String> check) {
        if (unreachable) {
            return myself;
        }
        isNotNull();
        String failure = check.get();
        if (failure != null) {
            fail(failure);
        }
        return myself;
    }

    /** Fails through AssertJ, so a description given with {@code as(..)} and soft collection both apply. */
    final void fail(String message) {
        failWithMessage("%s", message);
    }

    /**
     * Runs the checks a navigation method needs before it can hand out its child assert. Hard:
     * a failure is thrown. Soft: it is collected and false returned, since a soft proxy that threw
     * from a navigation method would hand the caller null.
     */
    final boolean reachable(Runnable checks) {
        if (unreachable) {
            return false;
        }
        if (softly == null) {
            checks.run();
            return true;
        }
        try {
            checks.run();
            return true;
        } catch (AssertionError failure) {
            softly.collectAssertionError(failure);
            return false;
        }
    }

    /**
     * Makes the assert a navigation method returns: a soft proxy when this one is soft, with this
     * assert's description, and quiet when {@code reachable} is false.
     */
    final <A extends AbstractHammerAssert<A, T>, T> A child(Class<A> type, Class<T> actualType, T childActual,
            Function<T, A> hard, boolean reachable) {
        A child = softly == null ? hard.apply(childActual) : softly.proxy(type, actualType, childActual);
        AbstractHammerAssert<?, ?> base = child; // private fields are not reachable through a type variable
        base.softly = softly;
        base.unreachable = !reachable;
        if (info.description() != null) {
            child.describedAs(info.description());
        }
        return child;
    }

    /** Turns this assert soft; called on a fresh proxy by {@link HammerSoftAssertionsProvider}. */
    final SELF collectingInto(SoftAssertionsProvider provider) {
        this.softly = provider;
        return myself;
    }
}

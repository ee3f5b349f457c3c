/**
 * AssertJ assertions on Hammerbench results.
 *
 * <p>Entry points: {@link dev.hammerbench.assertj.HammerAssertions#assertThat(dev.hammerbench.result.Comparison)
 * HammerAssertions.assertThat(..)} for a round, a server or a bare hammer result, and
 * {@link dev.hammerbench.assertj.HammerSoftAssertions} (or {@link dev.hammerbench.assertj.HammerSoftAssertionsProvider}
 * mixed into an AssertJ soft assertions class) to collect failures instead of stopping at the first.
 *
 * <p>Failure messages follow AssertJ: "Expecting actual:" then the figure and whose it is, the
 * limit, what it was, and the facts that explain it, one per line. A check applied to every server
 * of a round fails once, listing every server that broke it. A name says whether its limit is
 * strict: {@code …LessThan} fails on a figure equal to the limit, {@code …AtMost} and
 * {@code …AtLeast} accept it, as do the factor checks {@code isFasterThan} and
 * {@code isSmallerThan} (at least / at most the factor); sizes are MiB = 1024 x 1024 bytes.
 *
 * <p>The abstract classes carry the logic, the concrete ones only bind the types, as in AssertJ.
 */
package dev.hammerbench.assertj;

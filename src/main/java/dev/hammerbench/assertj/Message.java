package dev.hammerbench.assertj;

/**
 * Builds a failure message in AssertJ's layout, one fact per line:
 *
 * <pre>
 * Expecting actual:
 *   p99 latency of server "bottle"
 * to be less than:
 *   50 ms
 * but was:
 *   72.5 ms
 * </pre>
 *
 * followed by any facts that help explain it (the outcome histogram, the other percentiles).
 */
final class Message {

    private final StringBuilder text = new StringBuilder();

    private Message(String subject) {
        text.append("\nExpecting actual:\n  ").append(subject);
    }

    /** {@code figure} names what is measured ("p99 latency"); the target's label is appended. */
    static Message expecting(String figure, Target target) {
        return new Message(figure + " of " + target.label());
    }

    /** A subject that is not one target, such as a round. */
    static Message expecting(String subject) {
        return new Message(subject);
    }

    Message toBe(String relation, String limit) {
        return fact("to be " + relation, limit);
    }

    Message butWas(String actual) {
        return fact("but was", actual);
    }

    /** A line of its own: "to have no errors and every call completed". */
    Message line(String line) {
        text.append('\n').append(line);
        return this;
    }

    /** A heading ending in a colon and its value indented below it. */
    Message fact(String heading, String value) {
        text.append('\n').append(heading).append(":\n  ").append(value.replace("\n", "\n  "));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

package dev.hammerbench.examples.servers;

import java.util.Optional;

/** What every hello-world server here shares: its one argument and its one answer. */
final class Hello {

    static final String PREFIX = "/hello/";

    private Hello() {
    }

    /**
     * The port from {@code args[0]}; 0 lets the OS pick one. {@code optionalArgs} more arguments may follow.
     *
     * @throws IllegalArgumentException naming the server and what is accepted
     */
    static int port(String server, String[] args, String usage, int optionalArgs) {
        if (args.length < 1 || args.length > 1 + optionalArgs) {
            throw new IllegalArgumentException("usage: " + server + " " + usage + "; got " + args.length
                    + " arguments");
        }
        return number(server, "the port", args[0], 0, 65535);
    }

    /** {@code text} as a number in {@code min..max}, or an error naming the server, the argument and the range. */
    static int number(String server, String what, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(server + ": " + what + " must be a number " + min + ".." + max
                    + "; got '" + text + "'", e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(server + ": " + what + " must be " + min + ".." + max + "; got " + value);
        }
        return value;
    }

    /** "Hello World" for {@code /hello/World}; empty for any other path (the servers answer 404). */
    static Optional<String> greeting(String path) {
        if (path == null || !path.startsWith(PREFIX) || path.length() == PREFIX.length()
                || path.indexOf('/', PREFIX.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of("Hello " + path.substring(PREFIX.length()));
    }

    /** One line for the server's log, so a reader of the log sees what ran where. */
    static void announce(String server, String version, int port) {
        System.out.println(server + " " + version + " listening on 127.0.0.1:" + port);
        System.out.flush();
    }
}

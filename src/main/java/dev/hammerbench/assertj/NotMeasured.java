package dev.hammerbench.assertj;

/** Why a target has no memory figures, worded for the line after "but". */
final class NotMeasured {

    private NotMeasured() {
    }

    static String reason(Target target) {
        if (target.server() == null) {
            return "memory was not measured: a bare hammer result has no process behind it;"
                    + " assert on the ServerResult of a server launched by @LaunchServer";
        }
        if (!target.server().server().launched()) {
            return "memory was not measured: " + target.label() + " was not launched by @LaunchServer (it is the URL "
                    + target.server().server().baseUri() + "), so there is no process to measure";
        }
        return "memory was not measured: the round has no memory snapshots for " + target.label();
    }
}

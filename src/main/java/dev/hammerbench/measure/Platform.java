package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which of the operating system's facilities Hammerbench relies on. On Linux: {@code setsid}
 * process groups and {@code /proc}. Elsewhere (macOS, Windows) neither exists, so servers are
 * tracked as process trees and measured through OSHI. {@code -Dhammerbench.platform=portable}
 * makes a Linux machine take those paths too, so they are exercised where the tests run.
 */
@API(status = INTERNAL, since = "0.1")
public final class Platform {

    /** The system property; read when a server is first launched or measured. */
    public static final String KEY = "hammerbench.platform";

    private Platform() {
    }

    /**
     * @return true when the knob asks for the paths of a machine without setsid and /proc
     * @throws IllegalArgumentException naming the accepted values when the knob holds anything else
     */
    public static boolean portable() {
        String value = System.getProperty(KEY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto", "" -> false;
            case "portable" -> true;
            default -> throw new IllegalArgumentException(KEY + " is '" + System.getProperty(KEY)
                    + "'; accepted: auto (the default: setsid and /proc where the OS has them) or portable (as on"
                    + " macOS and Windows: process trees and OSHI)");
        };
    }
}

package dev.hammerbench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks a round's target and resolves the plan's path against it. */
final class Targets {

    private Targets() {
    }

    /**
     * The URI the calls go to: {@code target} with {@code path} resolved against it.
     *
     * @throws IllegalArgumentException for a scheme other than http/https, a missing host, or a
     *     non-loopback host without {@code allowRemote}
     */
    static URI resolve(String server, URI target, String path, boolean allowRemote) {
        if (target == null) {
            throw new IllegalArgumentException("server " + server + ": target = null; accepted: an http:// or https:// URL");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("server " + server + ": target " + target + " has scheme '"
                    + target.getScheme() + "'; accepted: http, https");
        }
        if (target.getHost() == null) {
            throw new IllegalArgumentException("server " + server + ": target " + target
                    + " has no host; accepted: a URL like http://127.0.0.1:8080/");
        }
        if (!allowRemote) {
            requireLoopback(server, target.getHost());
        }
        URI base = target.getRawPath() == null || target.getRawPath().isEmpty() ? target.resolve("/") : target;
        return path.isEmpty() ? base : base.resolve(path);
    }

    /** Whether every address of the URI's host is loopback (false when it does not resolve). */
    static boolean loopback(URI uri) {
        try {
            return Arrays.stream(InetAddress.getAllByName(uri.getHost())).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void requireLoopback(String server, String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("server " + server + ": target host '" + host
                    + "' does not resolve; accepted: a loopback address (127.0.0.0/8, ::1) or a name resolving to one");
        }
        boolean loopback = Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        if (!loopback) {
            String shown = Arrays.stream(addresses).map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("server " + server + ": target host '" + host + "' (" + shown
                    + ") is not loopback and allowRemote = false; accepted: 127.0.0.0/8, ::1 or a name resolving only"
                    + " to them, or set allowRemote = true to load a remote host");
        }
    }
}

package dev.hammerbench.server;

/** A server could not be launched or made ready; the message says which server, why, and its log tail. */
public class ServerLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerLaunchException(String message) {
        super(message);
    }

    public ServerLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A server could not be launched or made ready; the message says which server, why, and its log tail. */
@API(status = EXPERIMENTAL, since = "0.1")
public class ServerLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerLaunchException(String message) {
        super(message);
    }

    public ServerLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}

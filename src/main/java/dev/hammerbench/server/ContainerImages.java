package dev.hammerbench.server;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.testcontainers.utility.DockerImageName;

/**
 * Makes sure the engine has the image before Testcontainers is asked to run it. Testcontainers
 * retries a failed pull for two minutes; with no registry reachable (or a typo in the name) one
 * attempt gives the engine's own reason at once, which is what a user needs to see.
 */
final class ContainerImages {

    private ContainerImages() {
    }

    static void ensure(String server, DockerImageName image, Duration timeout, DockerClient client) {
        String reference = image.asCanonicalNameString();
        try {
            client.inspectImageCmd(reference).exec();
            return;
        } catch (NotFoundException e) {
            // not on the engine: one pull
        }
        try {
            boolean done = client.pullImageCmd(image.getUnversionedPart()).withTag(image.getVersionPart())
                    .start().awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                throw new ServerLaunchException("server '" + server + "': image '" + reference + "' is not on the engine"
                        + " and pulling it took longer than " + Durations.format(timeout) + " (startupTimeout)");
            }
            client.inspectImageCmd(reference).exec();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerLaunchException("server '" + server + "': interrupted while pulling '" + reference + "'", e);
        } catch (RuntimeException e) {
            if (e instanceof ServerLaunchException) {
                throw e;
            }
            throw new ServerLaunchException("server '" + server + "': image '" + reference + "' is not on the Docker"
                    + " engine and cannot be pulled: " + ContainerLaunch.Failures.describe(e)
                    + "; build it (docker build -t " + reference + " ...), load it (docker load), or check the registry", e);
        }
    }
}

package dev.hammerbench.server;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Images built from a Dockerfile in the test project, cached by content: the tag carries a hash of
 * every file in the build context (names and bytes), so an unchanged context reuses the image the
 * engine already has and any edit builds a new one. Built through Testcontainers' ImageFromDockerfile
 * on Testcontainers' engine, with host networking so RUN steps reach what the host reaches.
 */
final class ContainerBuilds {

    /** Builds (apt-get, pip) take longer than a server's startup; this bounds a hung one. */
    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private ContainerBuilds() {
    }

    /** The tag of the image for this Dockerfile, built first when the engine does not have it. */
    static String image(String server, Path dockerfile, DockerClient client) {
        Path context = dockerfile.toAbsolutePath().normalize().getParent();
        String tag = tag(context);
        try {
            client.inspectImageCmd(tag).exec();
            return tag;
        } catch (NotFoundException e) {
            // not built yet for this content
        }
        ImageFromDockerfile build = new ImageFromDockerfile(tag, false)
                .withFileFromPath(".", context)
                .withDockerfilePath(context.relativize(dockerfile.toAbsolutePath().normalize()).toString())
                // forcerm: a failed step's container is removed too, not left behind on the engine
                .withBuildImageCmdModifier(cmd -> cmd.withNetworkMode("host").withForcerm(true));
        try {
            build.get(BUILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return tag;
        } catch (Exception e) {
            // LazyFuture declares only the timeout; the build's own failures come through unchecked
            if (e instanceof TimeoutException) {
                throw new ServerLaunchException("server '" + server + "': dockerfile '" + dockerfile
                        + "' did not build within " + Durations.format(BUILD_TIMEOUT));
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new ServerLaunchException("server '" + server + "': dockerfile '" + dockerfile + "' (build context "
                    + context + ") did not build: " + ContainerLaunch.Failures.describe(cause)
                    + "; try it with docker build --network host -f " + dockerfile + " " + context, cause);
        }
    }

    /** "hammerbench/built-DIR:HASH", HASH the first 16 hex digits of SHA-256 over the context's files. */
    static String tag(Path context) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(context)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the build context " + context, e);
        }
        for (Path file : files) {
            // the name and length before the bytes, so moving bytes between files changes the hash
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " of the build context", e);
            }
            digest.update((context.relativize(file).toString().replace('\\', '/') + "\0" + bytes.length + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        String name = context.getFileName() == null ? "context"
                : context.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
        return "hammerbench/built-" + (name.isEmpty() ? "context" : name) + ":"
                + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}

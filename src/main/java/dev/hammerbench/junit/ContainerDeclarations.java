package dev.hammerbench.junit;

import static dev.hammerbench.junit.ServerDeclarations.problem;

import dev.hammerbench.server.ContainerSpec;
import dev.hammerbench.server.DockerEngine;
import dev.hammerbench.server.ServerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Reads and validates the container attributes of a {@link LaunchServer} (image or dockerfile, ports, limits, engine). */
final class ContainerDeclarations {

    /** [registry[:port]/]name[/name...][:tag][@sha256:digest], as Docker spells a reference. */
    private static final Pattern REFERENCE = Pattern.compile("([a-zA-Z0-9.-]+(:[0-9]+)?/)?"
            + "[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
            + "(@sha256:[0-9a-f]{64})?");
    private static final Pattern MEMORY = Pattern.compile("([0-9]+)([kmg]?)b?");

    private ContainerDeclarations() {
    }

    /** The container to run, or empty for a process server (then no container attribute may be set). */
    static Optional<ContainerSpec> container(String where, LaunchServer server) {
        String name = server.name();
        if (server.image().isBlank() && server.dockerfile().isBlank()) {
            String stray = server.containerPort() != 0 ? "containerPort" : !server.memoryLimit().isEmpty() ? "memoryLimit"
                    : !server.cpus().isEmpty() ? "cpus"
                    : server.network() != LaunchServer.ContainerNetwork.AUTO ? "network" : null;
            if (stray != null) {
                throw problem(where, name, stray, "is set without image or dockerfile",
                        stray + " only with image = \"...\" or dockerfile = \"...\"");
            }
            return Optional.empty();
        }
        if (!server.image().isBlank() && !server.dockerfile().isBlank()) {
            throw problem(where, name, "image/dockerfile", "are both set",
                    "one of them: image = \"nginx:1.25\" or dockerfile = \"src/test/docker/app/Dockerfile\"");
        }
        String image = server.image().strip();
        if (!image.isEmpty() && !REFERENCE.matcher(image).matches()) {
            throw problem(where, name, "image", "\"" + server.image() + "\" is not an image reference",
                    "[registry/]name[:tag][@sha256:digest], e.g. \"nginx:1.25\" or \"ghcr.io/acme/api:2\"");
        }
        Path dockerfile = image.isEmpty() ? dockerfile(where, server) : null;
        String attribute = image.isEmpty() ? "dockerfile" : "image";
        if (!DockerEngine.testcontainersPresent()) {
            throw problem(where, name, attribute, "needs Testcontainers, which is not on the test classpath",
                    "add the test dependency org.testcontainers:testcontainers (2.0.x)");
        }
        if (!server.mainClass().isBlank()) {
            throw problem(where, name, attribute + "/mainClass", "are both set",
                    "one of them: " + attribute + (image.isEmpty() ? " = \"src/test/docker/app/Dockerfile\"" : " = \"nginx:1.25\"")
                            + " (command is then the container's) or mainClass");
        }
        for (String other : new String[] {"jvmArgs", "workingDir", "port"}) {
            boolean set = switch (other) {
                case "jvmArgs" -> server.jvmArgs().length > 0;
                case "workingDir" -> !server.workingDir().isEmpty();
                default -> server.port() != 0;
            };
            if (set) {
                throw problem(where, name, other, "is set with " + attribute, "port".equals(other)
                        ? "containerPort for the port inside the container (the host's too, under host networking)"
                        : other + " only for process servers");
            }
        }
        int port = server.containerPort();
        if (port < 0 || port > 65535) {
            throw problem(where, name, "containerPort", "is " + port,
                    "1..65535, or 0 when the container's server listens on {port} given in command or env");
        }
        if (port == 0 && Stream.of(server.command(), server.args(), server.env()).flatMap(Arrays::stream)
                .noneMatch(word -> word.contains("{port}"))) {
            throw problem(where, name, "containerPort", "is missing: the port the image's server listens on is not"
                    + " known", "containerPort = 80 (the port inside the container), or {port} in command or env");
        }
        ContainerSpec.Network network = ContainerSpec.Network.valueOf(server.network().name());
        return Optional.of(new ContainerSpec(image, dockerfile, port, network, memory(where, server),
                cpus(where, server), "", ContainerSpec.Engine.AUTO));
    }

    /**
     * The specs with the engine the configuration names ({@link LaunchServer#DOCKER_HOST_KEY},
     * {@link LaunchServer#DOCKER_REMOTE_KEY}) set on every container server.
     */
    static List<ServerSpec> onEngine(String where, List<ServerSpec> specs, ExtensionContext context) {
        if (specs.stream().noneMatch(spec -> spec.container().isPresent())) {
            return specs;
        }
        String host = context.getConfigurationParameter(LaunchServer.DOCKER_HOST_KEY).map(String::strip).orElse("");
        ContainerSpec.Engine engine = engine(where, context);
        return specs.stream().map(spec -> spec.container().isEmpty() ? spec : spec.withContainer(
                spec.container().get().on(host, engine))).toList();
    }

    static ContainerSpec.Engine engine(String where, ExtensionContext context) {
        String value = context.getConfigurationParameter(LaunchServer.DOCKER_REMOTE_KEY)
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("auto");
        return switch (value) {
            case "auto", "" -> ContainerSpec.Engine.AUTO;
            case "true" -> ContainerSpec.Engine.REMOTE;
            case "false" -> ContainerSpec.Engine.LOCAL;
            default -> throw new ExtensionConfigurationException("@LaunchServer on " + where + ": configuration"
                    + " parameter " + LaunchServer.DOCKER_REMOTE_KEY + " is \"" + value + "\"; accepted: auto, true"
                    + " (measure through the Docker stats API, map ports), false (a TCP engine on this machine)");
        };
    }

    private static Path dockerfile(String where, LaunchServer server) {
        Path file = Path.of(server.dockerfile().strip());
        if (!Files.isRegularFile(file)) {
            throw problem(where, server.name(), "dockerfile", "\"" + server.dockerfile() + "\" is not a file (looked at "
                    + file.toAbsolutePath() + ")", "a path to a Dockerfile relative to the working directory, e.g."
                    + " \"src/test/docker/api/Dockerfile\"; its directory is the build context");
        }
        return file;
    }

    private static long memory(String where, LaunchServer server) {
        if (server.memoryLimit().isEmpty()) {
            return 0;
        }
        Matcher m = MEMORY.matcher(server.memoryLimit().strip().toLowerCase(Locale.ROOT));
        long bytes = -1;
        if (m.matches()) {
            try {
                long shift = switch (m.group(2)) {
                    case "k" -> 10;
                    case "m" -> 20;
                    case "g" -> 30;
                    default -> 0;
                };
                bytes = Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
            } catch (ArithmeticException | NumberFormatException e) {
                bytes = -1;
            }
        }
        // the engine refuses less than 6 MiB
        if (bytes < 6L << 20) {
            throw problem(where, server.name(), "memoryLimit", "is \"" + server.memoryLimit() + "\"",
                    "at least 6m, as bytes or with k, m, g, e.g. \"256m\", \"1g\"");
        }
        return bytes;
    }

    private static double cpus(String where, LaunchServer server) {
        if (server.cpus().isEmpty()) {
            return 0;
        }
        double cpus = -1;
        try {
            cpus = Double.parseDouble(server.cpus().strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!(cpus >= 0.01) || cpus > Runtime.getRuntime().availableProcessors() || Double.isNaN(cpus)) {
            throw problem(where, server.name(), "cpus", "is \"" + server.cpus() + "\"",
                    "a number of CPUs from 0.01 to " + Runtime.getRuntime().availableProcessors()
                    + " (this machine's), e.g. \"0.5\"");
        }
        return cpus;
    }
}

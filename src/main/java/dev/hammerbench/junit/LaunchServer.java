package dev.hammerbench.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Launches a real server process for the annotated test class (started before the first test, in
 * declaration order, stopped after the last) or test method (it lives for that method).
 *
 * <p>Start it either with {@link #command()} (an argv, no shell) or with {@link #mainClass()} (a
 * child JVM on the current java binary and the test classpath). The placeholders {@code {port}} and
 * {@code {host}} are replaced in {@code command}, {@code args}, {@code jvmArgs}, {@code url} and
 * {@code env}. The server runs in its own process group; the whole group is stopped afterwards,
 * whatever happened, even when the test JVM is killed.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(LaunchServers.class)
@ExtendWith(HammerbenchExtension.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface LaunchServer {

    /** The server's name, unique among the servers in scope; results and {@link Server} use it. */
    String name();

    /** The argv to run, e.g. {"python3", "app.py", "{port}"}. Exactly one of command and mainClass. */
    String[] command() default {};

    /** A class with a main method, run in a child JVM with the test classpath. */
    String mainClass() default "";

    /** JVM options for {@link #mainClass()}, e.g. "-Xmx64m". */
    String[] jvmArgs() default {};

    /** Arguments appended to the command or passed to the main class. */
    String[] args() default {};

    /** The URL the server answers on; the load goes here. */
    String url() default "http://{host}:{port}/";

    /** Extra environment variables, each "NAME=value". */
    String[] env() default {};

    /** The working directory, relative to the current one; "" for the current one. */
    String workingDir() default "";

    /** The port to give the server: 0 picks a free loopback port. */
    int port() default 0;

    /** The host placeholder's value. */
    String host() default "127.0.0.1";

    /** How to tell the server is ready. */
    Readiness readiness() default Readiness.HTTP;

    /** For {@link Readiness#HTTP}: the path to ask instead of the url's own ("" for the url). */
    String readyPath() default "";

    /** For {@link Readiness#HTTP}: the status that means ready; 0 means any HTTP response. */
    int readyStatus() default 0;

    /** For {@link Readiness#LOG_LINE}: a regular expression a line of the server's output must match. */
    String readyLogLine() default "";

    /** How long the server may take to become ready: "60s", "500ms", "PT2M". */
    String startupTimeout() default "60s";

    /** The version to show, as the seed showed "bottle 0.12.9". At most one of the three version attributes. */
    String version() default "";

    /** A command whose first output line is the version, e.g. {"python3", "-c", "import bottle; print(bottle.__version__)"}. */
    String[] versionCommand() default {};

    /** Take the version from the server's {@code Server} response header once it is ready. */
    boolean versionFromServerHeader() default false;

    /**
     * A Docker image to run instead of a process, e.g. "nginx:1.25", started through Testcontainers
     * (which must be on the test classpath) with host networking, so the load reaches the server on
     * 127.0.0.1 with no docker-proxy in between. {@link #command()} is then the container's command
     * (empty: the image's own); mainClass, jvmArgs and workingDir do not apply. Where no Docker engine
     * answers, the test class (or method) is skipped, unless {@link #DOCKER_REQUIRED_KEY} is true.
     */
    String image() default "";

    /**
     * For {@link #image()}: the port the server listens on inside the container, which under host
     * networking is the host's port too. 0 (the default): the server listens on the {port} the
     * extension picks, so {@code command} or {@code env} must hold {port}.
     */
    int containerPort() default 0;

    /** For {@link #image()}: the container's memory limit, e.g. "256m", "1g"; "" for none. */
    String memoryLimit() default "";

    /** For {@link #image()}: the CPUs the container may use, e.g. "0.5", "2"; "" for no limit. */
    String cpus() default "";

    /**
     * A Dockerfile in the test project to build the image from, instead of {@link #image()}, e.g.
     * "src/test/docker/api/Dockerfile" (relative to the working directory, usually the module's); its
     * directory is the build context. Built through Testcontainers' ImageFromDockerfile with host
     * networking (so RUN steps reach the network where only the host does), tagged
     * "hammerbench/built-DIR:HASH" where HASH is a hash of the whole context, and reused while the
     * context is unchanged. The other container attributes apply as with image.
     */
    String dockerfile() default "";

    /**
     * For {@link #image()} and {@link #dockerfile()}: how the load reaches the container. AUTO: host
     * networking on a local engine, mapped ports on a remote one.
     */
    ContainerNetwork network() default ContainerNetwork.AUTO;

    /**
     * Configuration parameter: "true" makes a class whose servers need Docker fail where no engine
     * answers, instead of being skipped (for CI, where Docker must be there).
     */
    String DOCKER_REQUIRED_KEY = "hammerbench.docker.required";

    /**
     * Configuration parameter: the Docker engine for container servers, e.g. "tcp://docker.lan:2375",
     * instead of the one Testcontainers finds (DOCKER_HOST, ~/.testcontainers.properties, the local
     * socket). Unset: Testcontainers' engine.
     */
    String DOCKER_HOST_KEY = "hammerbench.docker.host";

    /**
     * Configuration parameter: "auto" (the default) treats the engine as remote unless it is reached
     * through a local socket (unix:// or npipe://) and the container's processes are in this machine's
     * /proc; "true" treats it as remote (measured through the Docker stats API, ports mapped) even when
     * it is local, as tests of the remote path need; "false" treats a TCP engine as local.
     */
    String DOCKER_REMOTE_KEY = "hammerbench.docker.remote";

    /** How the load reaches a container server. */
    @API(status = EXPERIMENTAL, since = "0.1")
    enum ContainerNetwork {
        /** HOST on a local engine, MAPPED on a remote one. */
        AUTO,
        /**
         * The container shares the host's network: load goes to 127.0.0.1 with nothing between the
         * load and the server, as for a process. Local engines only.
         */
        HOST,
        /**
         * containerPort is published on a free port of the engine's host, and the load goes there:
         * a docker-proxy (or the engine's NAT) is then in the path, which costs latency and CPU that
         * a process server does not pay, so comparisons with processes are skewed. {host} in command
         * and env is then 0.0.0.0, so the server listens where the mapping reaches it.
         */
        MAPPED
    }

    /** How a launched server is known to be ready. */
    @API(status = EXPERIMENTAL, since = "0.1")
    enum Readiness {
        /** An HTTP request to the url (or readyPath) gets a response (with readyStatus, when set). */
        HTTP,
        /** A TCP connection to the port succeeds. */
        PORT,
        /** A line of the server's output matches readyLogLine. */
        LOG_LINE
    }
}

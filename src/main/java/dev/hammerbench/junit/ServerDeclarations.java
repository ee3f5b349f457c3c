package dev.hammerbench.junit;

import dev.hammerbench.server.ContainerSpec;
import dev.hammerbench.server.Placeholders;
import dev.hammerbench.server.ReadinessCheck;
import dev.hammerbench.server.ServerSpec;
import dev.hammerbench.server.VersionSource;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads and validates the {@link LaunchServer}s of a class or method into {@link ServerSpec}s. */
final class ServerDeclarations {

    private ServerDeclarations() {
    }

    static List<LaunchServer> on(AnnotatedElement element) {
        List<LaunchServer> found = AnnotationSupport.findRepeatableAnnotations(element, LaunchServer.class);
        // the search drops annotations equal in every attribute; the plain lookup keeps them, so a
        // server declared twice word for word is still reported as a duplicate, not launched once
        List<LaunchServer> direct = List.of(element.getAnnotationsByType(LaunchServer.class));
        return direct.size() > found.size() ? direct : found;
    }

    /**
     * @param where "FooTest" or "FooTest.bar()", for messages
     * @param namesInScope the servers already in scope (enclosing classes, the class for a method)
     * @throws ExtensionConfigurationException naming the server, the attribute, what is wrong and what is accepted
     */
    static List<ServerSpec> specs(String where, List<LaunchServer> declared, Collection<String> namesInScope,
            Path logDir) {
        Map<String, ServerSpec> specs = new LinkedHashMap<>();
        for (LaunchServer server : declared) {
            String name = server.name();
            if (name.isBlank()) {
                throw problem(where, name, "name", "is blank", "a unique, non-blank name per server");
            }
            if (specs.containsKey(name) || namesInScope.contains(name)) {
                throw problem(where, name, "name", "is declared twice in scope",
                        "a name unique among the servers of the class, its enclosing classes and the method");
            }
            specs.put(name, spec(where, server, logDir));
        }
        return List.copyOf(specs.values());
    }

    private static ServerSpec spec(String where, LaunchServer server, Path logDir) {
        String name = server.name();
        boolean hasCommand = server.command().length > 0;
        boolean hasMain = !server.mainClass().isBlank();
        Optional<ContainerSpec> container = ContainerDeclarations.container(where, server);
        if (container.isEmpty() && hasCommand == hasMain) {
            throw problem(where, name, "command/mainClass", hasCommand ? "are both set" : "are both missing",
                    "exactly one: command = {\"python3\", \"app.py\", \"{port}\"} or mainClass = \"com.example.Main\"");
        }
        if (hasCommand && Arrays.stream(server.command()).anyMatch(String::isBlank)) {
            throw problem(where, name, "command", "has a blank element: " + Arrays.toString(server.command()),
                    "an argv of non-blank words, the program first");
        }
        if (hasMain) {
            checkMainClass(where, server);
        }
        if (server.jvmArgs().length > 0 && !hasMain) {
            throw problem(where, name, "jvmArgs", "is set without mainClass", "jvmArgs only with mainClass");
        }
        checkTemplates(where, name, "command", server.command());
        checkTemplates(where, name, "args", server.args());
        checkTemplates(where, name, "jvmArgs", server.jvmArgs());
        if (server.host().isBlank()) {
            throw problem(where, name, "host", "is blank", "a host name or address to listen on, e.g. \"127.0.0.1\"");
        }
        checkTemplates(where, name, "url", server.url());
        checkUrl(where, name, server.url(), server.host());
        Map<String, String> env = env(where, server);
        Path workingDir = workingDir(where, server);
        if (server.port() < 0 || server.port() > 65535) {
            throw problem(where, name, "port", "is " + server.port(), "0 (pick a free port) or 1..65535");
        }
        Duration startupTimeout = duration(where, name, "startupTimeout", server.startupTimeout());
        return new ServerSpec(name, List.of(server.command()), server.mainClass().strip(), List.of(server.jvmArgs()),
                List.of(server.args()), server.url(), env, workingDir, server.host(), server.port(),
                readiness(where, server), startupTimeout, version(where, server), logDir.resolve(name + ".log"), container);
    }

    private static ReadinessCheck readiness(String where, LaunchServer server) {
        String name = server.name();
        LaunchServer.Readiness readiness = server.readiness();
        if (readiness != LaunchServer.Readiness.HTTP && !server.readyPath().isEmpty()) {
            throw problem(where, name, "readyPath", "is set while readiness = " + readiness,
                    "readyPath only with readiness = HTTP");
        }
        if (readiness != LaunchServer.Readiness.HTTP && server.readyStatus() != 0) {
            throw problem(where, name, "readyStatus", "is set while readiness = " + readiness,
                    "readyStatus only with readiness = HTTP");
        }
        if (server.readyStatus() != 0 && (server.readyStatus() < 100 || server.readyStatus() > 599)) {
            throw problem(where, name, "readyStatus", "is " + server.readyStatus(),
                    "0 (any response) or an HTTP status 100..599");
        }
        if (readiness != LaunchServer.Readiness.LOG_LINE && !server.readyLogLine().isEmpty()) {
            throw problem(where, name, "readyLogLine", "is set while readiness = " + readiness,
                    "readyLogLine only with readiness = LOG_LINE");
        }
        switch (readiness) {
            case PORT:
                return ReadinessCheck.forPort();
            case LOG_LINE:
                if (server.readyLogLine().isEmpty()) {
                    throw problem(where, name, "readyLogLine", "is empty while readiness = LOG_LINE",
                            "a regular expression a line of the server's output will match, e.g. \"Started .* in\"");
                }
                try {
                    return ReadinessCheck.forLogLine(Pattern.compile(server.readyLogLine()));
                } catch (PatternSyntaxException e) {
                    throw problem(where, name, "readyLogLine", "is not a regular expression: " + e.getDescription(),
                            "a java.util.regex pattern");
                }
            default:
                return ReadinessCheck.forHttp(server.readyPath(), server.readyStatus());
        }
    }

    private static VersionSource version(String where, LaunchServer server) {
        boolean literal = !server.version().isBlank();
        boolean command = server.versionCommand().length > 0;
        boolean header = server.versionFromServerHeader();
        if ((literal ? 1 : 0) + (command ? 1 : 0) + (header ? 1 : 0) > 1) {
            throw problem(where, server.name(), "version/versionCommand/versionFromServerHeader", "are set together",
                    "at most one way to tell the version");
        }
        if (command && Arrays.stream(server.versionCommand()).anyMatch(String::isBlank)) {
            throw problem(where, server.name(), "versionCommand", "has a blank element",
                    "an argv whose first output line is the version");
        }
        return literal ? VersionSource.literal(server.version())
                : command ? VersionSource.command(List.of(server.versionCommand()))
                : header ? VersionSource.serverHeader()
                : VersionSource.none();
    }

    private static Map<String, String> env(String where, LaunchServer server) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : server.env()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw problem(where, server.name(), "env", "has the entry \"" + entry + "\"", "entries \"NAME=value\"");
            }
            checkTemplates(where, server.name(), "env", entry.substring(eq + 1));
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return env;
    }

    private static Path workingDir(String where, LaunchServer server) {
        if (server.workingDir().isEmpty()) {
            return null;
        }
        Path dir = Path.of(server.workingDir());
        if (!Files.isDirectory(dir)) {
            throw problem(where, server.name(), "workingDir", "\"" + server.workingDir() + "\" does not exist ("
                    + dir.toAbsolutePath() + ")", "an existing directory, relative to " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void checkMainClass(String where, LaunchServer server) {
        try {
            Class<?> main = Class.forName(server.mainClass().strip(), false, Thread.currentThread().getContextClassLoader());
            main.getMethod("main", String[].class);
        } catch (ClassNotFoundException e) {
            throw problem(where, server.name(), "mainClass", "\"" + server.mainClass() + "\" is not on the test classpath",
                    "the binary name of a class with a main method, e.g. \"com.example.Server\"");
        } catch (NoSuchMethodException e) {
            throw problem(where, server.name(), "mainClass", "\"" + server.mainClass() + "\" has no main(String[]) method",
                    "a class with a public static void main(String[] args)");
        }
    }

    private static void checkUrl(String where, String name, String url, String host) {
        String filled = Placeholders.fill(url, Placeholders.forUrl(Map.of("port", "8080", "host", host)));
        try {
            java.net.URI uri = new java.net.URI(filled);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw problem(where, name, "url", "\"" + url + "\" is not an http(s) URL with a host",
                        "a URL such as \"http://{host}:{port}/hello\"");
            }
        } catch (java.net.URISyntaxException e) {
            throw problem(where, name, "url", "\"" + url + "\" is malformed: " + e.getReason(),
                    "a URL such as \"http://{host}:{port}/hello\"");
        }
    }

    private static void checkTemplates(String where, String name, String attribute, String... templates) {
        for (String template : templates) {
            try {
                Placeholders.validate(template);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(prefix(where, name) + attribute + ": " + e.getMessage());
            }
        }
    }

    static Duration duration(String where, String name, String attribute, String text) {
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(prefix(where, name) + attribute + ": " + e.getMessage());
        }
    }

    static ExtensionConfigurationException problem(String where, String name, String attribute, String what, String accepted) {
        return new ExtensionConfigurationException(prefix(where, name) + attribute + " " + what + "; accepted: " + accepted);
    }

    private static String prefix(String where, String name) {
        return "@LaunchServer on " + where + ", server '" + name + "': ";
    }
}

package dev.hammerbench.server;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The argv of a child JVM running a main class on the current java binary and the classpath the main
 * class is really loaded from.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> argv(ServerSpec spec, Map<String, String> values) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : spec.jvmArgs()) {
            argv.add(Placeholders.fill(option, values));
        }
        // A test classpath can be longer than argv allows: pass it in an @argfile beside the log.
        Path argFile = spec.logFile().resolveSibling(spec.logFile().getFileName() + ".classpath");
        Files.createDirectories(argFile.toAbsolutePath().getParent());
        Files.writeString(argFile, "-cp \"" + escape(classpath(spec.mainClass())) + "\"\n", StandardCharsets.UTF_8);
        argv.add("@" + argFile.toAbsolutePath());
        argv.add(spec.mainClass());
        return argv;
    }

    /**
     * The classpath for {@code mainClass}: the entries of every URL class loader from the one that
     * loads it up to the platform loader, then the JVM's own classpath. JUnit's Console Launcher
     * (and some IDE and Gradle runners) load test classes through a URL class loader of their own,
     * so {@code java.class.path} alone can hold only the launcher's jar.
     */
    static String classpath(String mainClass) {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = loaderOf(mainClass); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader) {
                for (URL url : ((URLClassLoader) loader).getURLs()) {
                    addFile(entries, url);
                }
            }
        }
        for (String entry : jvmClasspath().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Surefire runs tests from a manifest-only jar and keeps the real classpath in a property; IDEs put
     * it in java.class.path (directly or through a manifest jar, which a child JVM reads the same way).
     */
    static String jvmClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path", "");
    }

    private static ClassLoader loaderOf(String mainClass) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader loader = Class.forName(mainClass, false, context != null ? context : ChildJvm.class.getClassLoader())
                    .getClassLoader();
            return loader != null ? loader : context;
        } catch (ClassNotFoundException | LinkageError e) {
            return context; // checked when declared; the child JVM will say what it cannot find
        }
    }

    private static void addFile(Set<String> entries, URL url) {
        if (!"file".equals(url.getProtocol())) {
            return; // a child JVM cannot read jar-in-jar or remote entries from a classpath
        }
        try {
            entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            entries.add(url.getPath());
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package dev.hammerbench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The argv of a child JVM running a main class on the current java binary and the test classpath. */
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
        Files.writeString(argFile, "-cp \"" + escape(classpath()) + "\"\n", StandardCharsets.UTF_8);
        argv.add("@" + argFile.toAbsolutePath());
        argv.add(spec.mainClass());
        return argv;
    }

    /**
     * Surefire runs tests from a manifest-only jar and keeps the real classpath in a property; IDEs put
     * it in java.class.path (directly or through a manifest jar, which a child JVM reads the same way).
     */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

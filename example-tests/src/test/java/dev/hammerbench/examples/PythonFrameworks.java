package dev.hammerbench.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether the seed's five Python frameworks can be launched here: the condition of
 * {@link PythonFrameworksShootoutTest}'s {@code @EnabledIf}.
 *
 * <p>JUnit evaluates a class-level {@code @EnabledIf} before any {@code BeforeAllCallback}, so a
 * disabled class launches no server at all (an assumption in {@code @BeforeAll} would come too
 * late: class-level servers are already up by then).
 *
 * <p>The apps run on Debian's {@value #PYTHON}, not on whatever {@code python3} is first on the
 * PATH: the Debian packages (python3-bottle, ...) install for that interpreter only, and a pyenv
 * shim or virtualenv earlier on the PATH would not find them.
 */
public final class PythonFrameworks {

    /** The interpreter the Debian packages install for. */
    public static final String PYTHON = "/usr/bin/python3";

    /** How to get them, for the skip message. */
    public static final String HOW_TO_INSTALL = "needs " + PYTHON + " with bottle, web.py, flask, cherrypy and"
            + " tornado; on Debian/Ubuntu run example-tests/install-python-frameworks.sh (as root)";

    private static final String IMPORT_ALL = "import bottle, web, flask, cherrypy, tornado";

    private PythonFrameworks() {
    }

    /** True when {@value #PYTHON} exists and imports all five frameworks within 30 s. */
    public static boolean installed() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process process = null;
        try {
            process = new ProcessBuilder(PYTHON, "-c", IMPORT_ALL)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}

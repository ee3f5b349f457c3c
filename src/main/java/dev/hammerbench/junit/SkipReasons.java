package dev.hammerbench.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a Hammerbench test class or method was skipped. IDEs show skip reasons themselves, but
 * Maven Surefire's console says only "Skipped: 3", so a class skipped because its servers cannot run
 * here (say, a missing interpreter) would never say how to fix that. Registered through the
 * launcher's service loader; it speaks only of classes and methods that use Hammerbench's
 * annotations, and stays silent about every other test in the build.
 */
@API(status = INTERNAL, since = "0.1")
public final class SkipReasons implements TestExecutionListener {

    private final PrintStream out;

    /** The launcher's service loader calls this; the reasons go to stdout, where Surefire shows them. */
    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.getSource().filter(SkipReasons::usesHammerbench).isPresent()) {
            out.println("Hammerbench: skipped " + test.getDisplayName() + ": "
                    + (reason == null || reason.isBlank() ? "no reason given" : reason));
        }
    }

    private static boolean usesHammerbench(TestSource source) {
        try {
            if (source instanceof ClassSource) {
                return usesHammerbench(((ClassSource) source).getJavaClass());
            }
            if (source instanceof MethodSource) {
                MethodSource method = (MethodSource) source;
                return usesHammerbench(method.getJavaClass()) || usesHammerbench(method.getJavaMethod());
            }
        } catch (RuntimeException e) {
            return false; // a source that cannot be loaded here is not ours to explain
        }
        return false;
    }

    private static boolean usesHammerbench(AnnotatedElement element) {
        if (AnnotationSupport.isAnnotated(element, LaunchServer.class)
                || AnnotationSupport.isAnnotated(element, LaunchServers.class)
                || AnnotationSupport.isAnnotated(element, Hammer.class)) {
            return true;
        }
        return element instanceof Class<?> && ((Class<?>) element).getEnclosingClass() != null
                && usesHammerbench(((Class<?>) element).getEnclosingClass());
    }
}

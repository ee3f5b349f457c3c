package dev.hammerbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.load.HammerPlan;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every type a user can reach says whether it is API: apiguardian's {@code @API} on each public
 * type (nested ones too) of the library's classes, read from where {@code HammerPlan} was loaded
 * (the classes directory in this build, the jar when run against it).
 */
class ApiMarkingTest {

    @Test
    void everyPublicTypeOfTheLibrarySaysItsApiStatus() throws Exception {
        List<Class<?>> types = libraryTypes();
        // a scan that found nothing would pass without checking anything
        assertThat(types).as("classes found under %s", location()).hasSizeGreaterThan(50);
        List<String> unmarked = types.stream()
                .filter(ApiMarkingTest::reachable)
                .filter(type -> !type.isAnnotationPresent(API.class))
                .map(Class::getName)
                .toList();
        assertThat(unmarked).as("public types without @API(status = ...): mark them"
                + " (EXPERIMENTAL for users, INTERNAL for cross-package internals) or make them package-private")
                .isEmpty();
    }

    @Test
    void internalsAreMarkedInternalAndTheUserApiIsNot() {
        assertThat(status(dev.hammerbench.load.LoadEngine.class)).isEqualTo(API.Status.INTERNAL);
        assertThat(status(dev.hammerbench.measure.ProcessMeter.class)).isEqualTo(API.Status.INTERNAL);
        assertThat(status(dev.hammerbench.report.ReportFiles.class)).isEqualTo(API.Status.INTERNAL);
        assertThat(status(dev.hammerbench.server.LaunchedServer.class)).isEqualTo(API.Status.INTERNAL);
        assertThat(status(dev.hammerbench.junit.Hammer.class)).isEqualTo(API.Status.EXPERIMENTAL);
        assertThat(status(dev.hammerbench.result.ServerResult.class)).isEqualTo(API.Status.EXPERIMENTAL);
        assertThat(status(dev.hammerbench.assertj.HammerAssertions.class)).isEqualTo(API.Status.EXPERIMENTAL);
        assertThat(status(HammerPlan.class)).isEqualTo(API.Status.EXPERIMENTAL);
    }

    private static API.Status status(Class<?> type) {
        return type.getAnnotation(API.class).status();
    }

    /** Public, and so are all its enclosing types: a public type nested in a package-private one is not reachable. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Path location() throws URISyntaxException {
        return Path.of(HammerPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Class<?>> libraryTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = location();
        if (Files.isDirectory(location)) {
            return typesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return typesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> typesUnder(Path root) throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("dev/hammerbench"))) {
            names = files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class")
                            && !name.endsWith("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            types.add(Class.forName(name, false, ApiMarkingTest.class.getClassLoader()));
        }
        return types;
    }
}

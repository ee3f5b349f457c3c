package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compatibility matrix tests what it says: the tests run on the JUnit the pom's profile asks
 * for, and on no other version mixed in (Surefire adds a launcher of its own choosing unless the
 * pom aligns it).
 */
class JUnitRuntimeTest {

    @Test
    void theTestsRunOnTheJupiterTheBuildAskedFor() {
        String expected = System.getProperty("hammerbench.expected.junit");
        assertThat(expected).as("system property hammerbench.expected.junit, set by the pom").isNotBlank();
        assertThat(JUnitRuntime.jupiterVersion()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/junit/jupiter/api/Test.class", "org/junit/jupiter/engine/JupiterTestEngine.class",
            "org/junit/platform/commons/JUnitException.class", "org/junit/platform/engine/TestEngine.class",
            "org/junit/platform/launcher/Launcher.class",
            "org/junit/platform/testkit/engine/EngineTestKit.class"})
    void eachJUnitClassComesFromOneJar(String resource) throws IOException {
        List<URL> jars = Collections.list(JUnitRuntimeTest.class.getClassLoader().getResources(resource));

        assertThat(jars).as("jars holding %s", resource).hasSize(1);
    }
}

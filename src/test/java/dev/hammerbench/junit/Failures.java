package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The failures of test-case classes whose every test is a misuse, by test method name. */
final class Failures {

    private final Map<String, Throwable> byTest = new LinkedHashMap<>();

    private Failures() {
    }

    /** Runs each class; none of their tests may pass. */
    static Failures of(Class<?>... testCases) {
        return of(Map.of(), testCases);
    }

    /** Runs each class with these configuration parameters; none of their tests may pass. */
    static Failures of(Map<String, String> configuration, Class<?>... testCases) {
        Failures failures = new Failures();
        for (Class<?> testCase : testCases) {
            EngineExecutionResults results = HammerbenchTestKit.run(testCase, configuration);
            results.testEvents().failed().stream().forEach(event -> failures.byTest.put(
                    event.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", ""),
                    event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()));
            results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        }
        return failures;
    }

    void assertMessage(String test, Class<? extends Throwable> type, String... parts) {
        assertThat(byTest).as("failed tests").containsKey(test);
        Throwable failure = byTest.get(test);
        assertThat(failure).isInstanceOf(type);
        for (String part : parts) {
            assertThat(failure.getMessage()).contains(part);
        }
    }

    int size() {
        return byTest.size();
    }
}

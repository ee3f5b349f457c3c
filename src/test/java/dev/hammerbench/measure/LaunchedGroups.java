package dev.hammerbench.measure;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fixture of a test class that launches process groups and reads them through /proc, registered
 * with {@code @RegisterExtension static}: the class is skipped where there is no /proc, and every group
 * a test launched is killed after it, whether the test passed or not.
 */
final class LaunchedGroups implements BeforeAllCallback, AfterEachCallback {

    private final List<LaunchedGroup> launched = new ArrayList<>();

    /** Keeps the group to kill after the test, and hands it back. */
    synchronized LaunchedGroup launch(LaunchedGroup group) {
        launched.add(group);
        return group;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeThat(ProcFs.AVAILABLE).as("these tests read /proc").isTrue();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        launched.forEach(LaunchedGroup::close);
        launched.clear();
    }
}

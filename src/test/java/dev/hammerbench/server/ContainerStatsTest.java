package dev.hammerbench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stats API's memory figure, as docker stats computes it from cgroup v1 and v2 memory.stat keys,
 * and the content hash that names a built image.
 */
class ContainerStatsTest {

    @Test
    void cgroupV1TakesTheHierarchicalInactiveFileCache() {
        // v1 reports both; total_inactive_file covers the container's child cgroups too
        assertThat(ContainerStats.workingSet(29_175_808, 18_739_200L, 18_000_000L)).isEqualTo(10_436_608);
    }

    @Test
    void cgroupV2HasOnlyInactiveFile() {
        assertThat(ContainerStats.workingSet(20_000_000, null, 6_000_000L)).isEqualTo(14_000_000);
    }

    @Test
    void aCacheFigureNotBelowUsageIsIgnored() {
        assertThat(ContainerStats.workingSet(5_000_000, 5_000_000L, null)).isEqualTo(5_000_000);
        assertThat(ContainerStats.workingSet(5_000_000, null, 7_000_000L)).isEqualTo(5_000_000);
    }

    @Test
    void noCacheFiguresMeansUsage() {
        assertThat(ContainerStats.workingSet(5_000_000, null, null)).isEqualTo(5_000_000);
    }

    @Test
    void theBuildTagFollowsTheContextsContent(@TempDir Path dir) throws Exception {
        Path context = Files.createDirectories(dir.resolve("My App"));
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(context.resolve("a.txt"), "ab");
        String first = ContainerBuilds.tag(context);
        assertThat(first).matches("hammerbench/built-my-app:[0-9a-f]{16}");
        assertThat(ContainerBuilds.tag(context)).as("same content, same tag").isEqualTo(first);

        Files.writeString(context.resolve("a.txt"), "ac");
        String edited = ContainerBuilds.tag(context);
        assertThat(edited).as("an edited file").isNotEqualTo(first);

        // the same bytes split differently between files are another context
        Files.writeString(context.resolve("a.txt"), "a");
        Files.writeString(context.resolve("b.txt"), "c");
        assertThat(ContainerBuilds.tag(context)).isNotIn(first, edited);
    }
}

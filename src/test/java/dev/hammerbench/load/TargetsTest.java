package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Target checks run before any traffic: these tests send nothing anywhere. */
class TargetsTest {

    @Test
    void loopbackTargetsAreAccepted() {
        assertThat(Targets.resolve("a", URI.create("http://127.0.0.1:8080/hello"), "", false))
                .isEqualTo(URI.create("http://127.0.0.1:8080/hello"));
        assertThat(Targets.resolve("a", URI.create("http://127.1.2.3:8080"), "", false))
                .isEqualTo(URI.create("http://127.1.2.3:8080/"));
        assertThat(Targets.resolve("a", URI.create("https://[::1]:8443/"), "", false))
                .isEqualTo(URI.create("https://[::1]:8443/"));
        assertThat(Targets.resolve("a", URI.create("http://localhost:8080/"), "", false))
                .isEqualTo(URI.create("http://localhost:8080/"));
    }

    @Test
    void pathResolvesAgainstTheTarget() {
        URI base = URI.create("http://127.0.0.1:8080/app/");
        assertThat(Targets.resolve("a", base, "hello?x=1", false)).hasToString("http://127.0.0.1:8080/app/hello?x=1");
        assertThat(Targets.resolve("a", base, "/root", false)).hasToString("http://127.0.0.1:8080/root");
    }

    @Test
    void remoteTargetIsRejectedWithoutAllowRemote() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Targets.resolve("far", URI.create("http://192.0.2.10:80/"), "", false))
                .withMessage("server far: target host '192.0.2.10' (192.0.2.10) is not loopback and allowRemote = false;"
                        + " accepted: 127.0.0.0/8, ::1 or a name resolving only to them, or set allowRemote = true to"
                        + " load a remote host");
        assertThat(Targets.resolve("far", URI.create("http://192.0.2.10:80/"), "", true)).hasHost("192.0.2.10");
    }

    @Test
    void otherSchemesAndMissingHostsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Targets.resolve("f", URI.create("ftp://127.0.0.1/"), "", false))
                .withMessage("server f: target ftp://127.0.0.1/ has scheme 'ftp'; accepted: http, https");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Targets.resolve("f", URI.create("/relative"), "", false))
                .withMessage("server f: target /relative has scheme 'null'; accepted: http, https");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Targets.resolve("f", URI.create("http:///x"), "", false))
                .withMessageContaining("has no host; accepted: a URL like http://127.0.0.1:8080/");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Targets.resolve("f", URI.create("http://no-such-host.invalid/"), "", false))
                .withMessageContaining("does not resolve; accepted: a loopback address");
    }

    @Test
    void engineChecksTheTargetBeforeSendingAnything() {
        HammerPlan plan = HammerPlan.builder().calls(1).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoadEngine.run(plan, "far", URI.create("http://192.0.2.10/"), line -> { }))
                .withMessageContaining("allowRemote = false");
    }

    @Test
    void loopbackIsToldApartFromRemote() {
        assertThat(Targets.loopback(URI.create("http://127.0.0.1:1/"))).isTrue();
        assertThat(Targets.loopback(URI.create("http://[::1]:1/"))).isTrue();
        assertThat(Targets.loopback(URI.create("http://192.0.2.10/"))).isFalse();
        assertThat(Clients.ioThreads(2, true)).isEqualTo(1);
        assertThat(Clients.ioThreads(1, true)).isEqualTo(1);
        assertThat(Clients.ioThreads(8, true)).isEqualTo(4);
        assertThat(Clients.ioThreads(8, false)).isEqualTo(8);
    }
}

package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real sockets that fail in one particular way each, and the outcome the engine names for it. */
@Timeout(60)
class LoadEngineErrorClassTest {

    private static final HammerPlan FIVE_CALLS = HammerPlan.builder().calls(5).concurrency(1)
            .timeout(Duration.ofSeconds(5)).build();

    @Test
    void serverResettingTheConnectionGivesConnectionReset() throws Exception {
        try (RawServer server = RawServer.start(client -> {
            RawServer.readHead(client);
            client.setSoLinger(true, 0); // close with RST instead of FIN
            client.close();
        })) {
            HammerResult result = LoadEngine.run(FIVE_CALLS, "resetting", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.RESET.label(), 5L));
            assertThat(result.outcomes().samples().get(ErrorClass.RESET.label())).contains("reset");
        }
    }

    @Test
    void garbledStatusLineGivesProtocolError() throws Exception {
        try (RawServer server = RawServer.start(client -> {
            RawServer.readHead(client);
            client.getOutputStream().write("HTTP/1.1 2x0 Fine\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        })) {
            HammerResult result = LoadEngine.run(FIVE_CALLS, "garbled", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.PROTOCOL.label(), 5L));
        }
    }

    @Test
    void malformedChunkGivesProtocolError() throws Exception {
        try (RawServer server = RawServer.start(client -> {
            RawServer.readHead(client);
            client.getOutputStream().write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        })) {
            HammerResult result = LoadEngine.run(FIVE_CALLS, "chunked", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.PROTOCOL.label(), 5L));
            assertThat(result.outcomes().samples().get(ErrorClass.PROTOCOL.label())).startsWith("MalformedChunkCodingException");
        }
    }

    @Test
    void fullAcceptQueueGivesConnectTimeout() throws Exception {
        // a listener that never accepts, with its queue filled: the kernel drops further SYNs
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 300);
                        fillers.add(filler);
                    } catch (java.net.SocketTimeoutException e) {
                        filler.close();
                        break; // the queue is full
                    }
                }
                HammerPlan plan = HammerPlan.builder().calls(3).timeout(Duration.ofMillis(500)).build();

                HammerResult result = LoadEngine.run(plan, "full", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                        + "/"), line -> { });

                assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.CONNECT_TIMEOUT.label(), 3L));
                assertThat(result.outcomes().samples().get(ErrorClass.CONNECT_TIMEOUT.label())).startsWith("ConnectTimeoutException");
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }
}

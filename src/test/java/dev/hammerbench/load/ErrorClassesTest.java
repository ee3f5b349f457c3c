package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ErrorClass;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.apache.hc.core5.http2.H2Error;
import org.apache.hc.core5.http2.H2StreamResetException;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.Deadline;
import org.junit.jupiter.api.Test;

class ErrorClassesTest {

    @Test
    void timeouts() {
        assertThat(ErrorClasses.classify(new ConnectTimeoutException("Connect to http://127.0.0.1:1 failed: 1 SECONDS")))
                .isEqualTo(ErrorClass.CONNECT_TIMEOUT.label());
        assertThat(ErrorClasses.classify(DeadlineTimeoutException.from(Deadline.calculate(System.currentTimeMillis() - 1000, org.apache.hc.core5.util.TimeValue.ofMilliseconds(1)))))
                .isEqualTo(ErrorClass.CONNECT_TIMEOUT.label());
        assertThat(ErrorClasses.classify(new ConnectException("Connection timed out"))).isEqualTo(ErrorClass.CONNECT_TIMEOUT.label());
        assertThat(ErrorClasses.classify(new SocketTimeoutException("1 SECONDS"))).isEqualTo(ErrorClass.RESPONSE_TIMEOUT.label());
    }

    @Test
    void refusedAndReset() {
        assertThat(ErrorClasses.classify(new HttpHostConnectException("Connect to http://127.0.0.1:1 failed: Connection refused")))
                .isEqualTo(ErrorClass.REFUSED.label());
        assertThat(ErrorClasses.classify(new ConnectException("Connection refused"))).isEqualTo(ErrorClass.REFUSED.label());
        assertThat(ErrorClasses.classify(new SocketException("Connection reset"))).isEqualTo(ErrorClass.RESET.label());
        assertThat(ErrorClasses.classify(new IOException("Connection reset by peer"))).isEqualTo(ErrorClass.RESET.label());
        assertThat(ErrorClasses.classify(new SocketException("Broken pipe"))).isEqualTo(ErrorClass.RESET.label());
    }

    @Test
    void protocolErrors() {
        assertThat(ErrorClasses.classify(new ProtocolException("Invalid response line"))).isEqualTo(ErrorClass.PROTOCOL.label());
        assertThat(ErrorClasses.classify(new MalformedChunkCodingException("Bad chunk header")))
                .isEqualTo(ErrorClass.PROTOCOL.label());
        assertThat(ErrorClasses.classify(new TruncatedChunkException("Truncated chunk"))).isEqualTo(ErrorClass.PROTOCOL.label());
        assertThat(ErrorClasses.classify(new MessageConstraintException("Maximum line length limit exceeded")))
                .isEqualTo(ErrorClass.PROTOCOL.label());
        assertThat(ErrorClasses.classify(new H2StreamResetException(H2Error.PROTOCOL_ERROR, "Stream reset")))
                .isEqualTo(ErrorClass.PROTOCOL.label());
    }

    @Test
    void causesAreSearchedThroughWrappers() {
        IOException wrapped = new IOException("request failed", new SocketTimeoutException("1 SECONDS"));
        assertThat(ErrorClasses.classify(new ExecutionException(wrapped))).isEqualTo(ErrorClass.RESPONSE_TIMEOUT.label());
        assertThat(ErrorClasses.classify(new ExecutionException(new ProtocolException("bad"))))
                .isEqualTo(ErrorClass.PROTOCOL.label());
    }

    @Test
    void everythingElseIsOtherWithItsSimpleClassName() {
        assertThat(ErrorClasses.classify(new ConnectionClosedException())).isEqualTo("other:ConnectionClosedException");
        assertThat(ErrorClasses.classify(new NoHttpResponseException("no response"))).isEqualTo("other:NoHttpResponseException");
        assertThat(ErrorClasses.classify(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo("other:SSLHandshakeException");
        assertThat(ErrorClasses.classify(new UnknownHostException("x"))).isEqualTo("other:UnknownHostException");
        assertThat(ErrorClasses.classify(new NoRouteToHostException("No route to host")))
                .isEqualTo("other:NoRouteToHostException");
        assertThat(ErrorClasses.classify(new CancellationException())).isEqualTo("other:CancellationException");
        assertThat(ErrorClasses.classify(new ExecutionException(new IllegalStateException("boom"))))
                .isEqualTo("other:IllegalStateException");
        assertThat(ErrorClasses.classify(new IOException() { })).isEqualTo("other:ErrorClassesTest$1");
    }

    @Test
    void sampleNamesTheExceptionAndItsMessage() {
        assertThat(ErrorClasses.describe(new ExecutionException(new SocketTimeoutException(" 1 SECONDS "))))
                .isEqualTo("SocketTimeoutException: 1 SECONDS");
        assertThat(ErrorClasses.describe(new IllegalStateException((String) null)))
                .isEqualTo("IllegalStateException");
    }
}

package dev.hammerbench.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.async.methods.ConfigurableHttpRequest;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

/**
 * Everything about a call that is the same for every call, prepared once: the request line,
 * the headers, the body bytes and the timeouts. Each call still needs its own request object,
 * because the client's protocol layer adds headers to it.
 */
final class RequestTemplate {

    private static final Header CONNECTION_CLOSE = new BasicHeader(HttpHeaders.CONNECTION, "close");

    private final String method;
    private final HttpHost host;
    private final String pathAndQuery;
    private final Header[] headers;
    private final byte[] body;
    private final EntityDetails bodyDetails;
    private final RequestConfig config;

    RequestTemplate(HammerPlan plan, URI uri) {
        this.method = plan.method();
        this.host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        this.pathAndQuery = uri.getRawQuery() == null ? rawPath : rawPath + "?" + uri.getRawQuery();
        this.headers = headers(plan.headers(), plan.keepAlive(), host);
        this.body = plan.body().getBytes(StandardCharsets.UTF_8);
        this.bodyDetails = body.length == 0 ? null : new BasicEntityDetails(body.length, contentType(plan.headers()));
        Timeout timeout = Timeout.of(plan.timeout());
        this.config = RequestConfig.custom()
                .setResponseTimeout(timeout)
                .setConnectionRequestTimeout(timeout)
                .setRedirectsEnabled(false)
                .build();
    }

    ConfigurableHttpRequest newRequest() {
        ConfigurableHttpRequest request = new ConfigurableHttpRequest(method, host, pathAndQuery);
        for (Header header : headers) {
            request.addHeader(header);
        }
        request.setConfig(config);
        return request;
    }

    HttpHost host() {
        return host;
    }

    /** The timeouts: a caller leases its connection with these. */
    RequestConfig config() {
        return config;
    }

    /** Null when there is no body. */
    EntityDetails bodyDetails() {
        return bodyDetails;
    }

    byte[] body() {
        return body;
    }

    /**
     * "Connection: close" makes the server close first, so TIME_WAIT piles up there, not in our
     * ports. Plain http (always HTTP/1.1 here) gets its Host header once, so that the client does
     * not format "host:port" anew for every call; https may speak HTTP/2, whose :authority the
     * client derives itself, and a header the plan gives wins.
     */
    private static Header[] headers(List<Map.Entry<String, String>> given, boolean keepAlive, HttpHost host) {
        List<Header> headers = new ArrayList<>();
        boolean hostGiven = false;
        for (Map.Entry<String, String> header : given) {
            headers.add(new BasicHeader(header.getKey(), header.getValue()));
            hostGiven |= header.getKey().equalsIgnoreCase(HttpHeaders.HOST);
        }
        if (!hostGiven && "http".equalsIgnoreCase(host.getSchemeName())) {
            headers.add(new BasicHeader(HttpHeaders.HOST, host.toHostString()));
        }
        if (!keepAlive) {
            headers.add(CONNECTION_CLOSE);
        }
        return headers.toArray(new Header[0]);
    }

    private static ContentType contentType(List<Map.Entry<String, String>> given) {
        for (Map.Entry<String, String> header : given) {
            if (header.getKey().toLowerCase(Locale.ROOT).equals("content-type")) {
                return ContentType.parse(header.getValue());
            }
        }
        return ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
    }
}

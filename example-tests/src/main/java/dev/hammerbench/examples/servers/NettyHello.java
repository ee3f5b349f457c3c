package dev.hammerbench.examples.servers;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.CharsetUtil;
import io.netty.util.Version;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Hello World on Netty 4.2's HTTP codec with NIO transport: one event loop group, no framework.
 * {@code GET /hello/World} answers "Hello World"; the {@code Server} header is "Netty/VERSION".
 * Usage: {@code java dev.hammerbench.examples.servers.NettyHello PORT}.
 */
public final class NettyHello {

    static final String VERSION = version();
    private static final String SERVER = "Netty/" + VERSION;

    private NettyHello() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Hello.port("NettyHello", args, "PORT", 0);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            // The keep-alive handler closes the connection after the response when the
                            // request asked for it (Connection: close, HTTP/1.0), as HTTP/1.1 requires.
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                                    new HelloHandler());
                        }
                    })
                    .bind("127.0.0.1", port).sync().channel();
            Hello.announce("Netty", VERSION, ((InetSocketAddress) channel.localAddress()).getPort());
            channel.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }

    /** The version of the HTTP codec jar; every Netty jar of a build carries the same. */
    private static String version() {
        Version codec = Version.identify().get("netty-codec-http");
        return codec != null ? codec.artifactVersion() : "unknown";
    }

    /** Answers the request line; body chunks (none for GET) are ignored and released by the base class. */
    private static final class HelloHandler extends SimpleChannelInboundHandler<HttpObject> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
            if (!(message instanceof HttpRequest)) {
                return;
            }
            HttpRequest request = (HttpRequest) message;
            Optional<String> greeting = HttpMethod.GET.equals(request.method())
                    ? Hello.greeting(new QueryStringDecoder(request.uri()).path())
                    : Optional.empty();
            ByteBuf body = Unpooled.copiedBuffer(greeting.orElse("Not Found"), CharsetUtil.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    greeting.isPresent() ? HttpResponseStatus.OK : HttpResponseStatus.NOT_FOUND, body);
            response.headers()
                    .set(HttpHeaderNames.SERVER, SERVER)
                    .set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
            ctx.writeAndFlush(response);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // A client that vanished mid-call is normal under load: drop its connection quietly.
            ctx.close();
        }
    }
}

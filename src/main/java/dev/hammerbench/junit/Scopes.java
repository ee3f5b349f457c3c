package dev.hammerbench.junit;

import dev.hammerbench.server.LaunchedServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The servers in scope of a context: those of its enclosing classes, its class, and its method. */
final class Scopes {

    private static final String KEY = "servers@";

    private Scopes() {
    }

    static ServerScope open(ExtensionContext context) {
        ServerScope scope = new ServerScope();
        context.getStore(HammerbenchExtension.NAMESPACE).put(key(context), scope);
        return scope;
    }

    static ServerScope own(ExtensionContext context) {
        return context.getStore(HammerbenchExtension.NAMESPACE).get(key(context), ServerScope.class);
    }

    /** Outermost first, each scope in declaration order. */
    static List<LaunchedServer> servers(ExtensionContext context) {
        Deque<ServerScope> chain = new ArrayDeque<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            ServerScope scope = own(c.get());
            if (scope != null) {
                chain.addFirst(scope);
            }
        }
        List<LaunchedServer> servers = new ArrayList<>();
        chain.forEach(scope -> servers.addAll(scope.servers()));
        return servers;
    }

    /** "FooTest" or "FooTest.bar()", for messages. */
    static String describe(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> describe(context.getRequiredTestClass()) + "." + m.getName() + "()")
                .orElseGet(() -> describe(context.getRequiredTestClass()));
    }

    static String describe(Class<?> testClass) {
        String name = testClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String key(ExtensionContext context) {
        return KEY + context.getUniqueId();
    }
}

package dev.hammerbench.junit;

import dev.hammerbench.server.LaunchedServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                .map(m -> describe(context.getRequiredTestClass()) + "." + m.getName() + "()"
                        + invocation(context).map(name -> " " + name).orElse(""))
                .orElseGet(() -> describe(context.getRequiredTestClass()));
    }

    /**
     * The display name of one invocation of a {@code @RepeatedTest}, {@code @ParameterizedTest} or other
     * test template ("repetition 2 of 3", "[1] jetty"); empty for a plain test method.
     */
    static Optional<String> invocation(ExtensionContext context) {
        return INVOCATION.matcher(context.getUniqueId()).find() ? Optional.of(context.getDisplayName()) : Optional.empty();
    }

    /**
     * The folder of a method's round under its class's report folder: the method's name, and for an
     * invocation of a test template also its number and display name, so no invocation overwrites another.
     */
    static String reportFolder(ExtensionContext context, String method) {
        Matcher matcher = INVOCATION.matcher(context.getUniqueId());
        if (!matcher.find()) {
            return method;
        }
        String number = "[" + matcher.group(1) + "]";
        String name = context.getDisplayName();
        String folder = method + " " + (name.contains(number) ? name : number + " " + name);
        return UNSAFE_IN_FILE_NAMES.matcher(folder).replaceAll("_").strip();
    }

    private static final Pattern INVOCATION = Pattern.compile("/\\[test-template-invocation:#(\\d+)]$");
    /** What Windows, macOS or Linux refuse in a file name, and control characters. */
    private static final Pattern UNSAFE_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    static String describe(Class<?> testClass) {
        String name = testClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String key(ExtensionContext context) {
        return KEY + context.getUniqueId();
    }
}

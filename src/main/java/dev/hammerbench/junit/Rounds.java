package dev.hammerbench.junit;

import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.server.LaunchedServer;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where rounds run and live. A method's {@link Hammer} runs its round before the method; a class's
 * runs once, before the first test method without a round of its own, and is kept in the class's
 * store for the rest.
 */
final class Rounds {

    private static final String ROUND = "round";

    private Rounds() {
    }

    /**
     * Runs the method's own round, if it declares one; otherwise makes sure the class's round, if
     * any, has run, so its tables appear with the first test even when no test asks for results.
     */
    static void beforeMethod(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Optional<Hammer> hammer = AnnotationSupport.findAnnotation(method, Hammer.class);
        if (hammer.isPresent()) {
            Comparison comparison = run(hammer.get(), Scopes.describe(context), Scopes.servers(context), context,
                    method.getName(), method.getName());
            context.getStore(HammerbenchExtension.NAMESPACE).put(key(context), comparison);
        } else {
            inScope(context);
        }
    }

    /**
     * The round whose results a method gets: its own, or its class's (run now if not yet run).
     *
     * @return empty when no {@link Hammer} is in scope
     */
    static Optional<Comparison> inScope(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            Comparison own = context.getStore(HammerbenchExtension.NAMESPACE).get(key(context), Comparison.class);
            if (own != null) {
                return Optional.of(own);
            }
        }
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            ExtensionContext classContext = c.get();
            if (classContext.getTestMethod().isPresent() || classContext.getTestClass().isEmpty()) {
                continue;
            }
            Optional<Hammer> hammer = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), Hammer.class);
            if (hammer.isPresent()) {
                return Optional.of(classRound(classContext, hammer.get(), context));
            }
        }
        return Optional.empty();
    }

    private static Comparison classRound(ExtensionContext classContext, Hammer hammer, ExtensionContext asking) {
        // one holder per class, created atomically: under concurrent execution every method waits for
        // the same round, and a round that failed fails the later methods at once instead of re-running
        ClassRound round = classContext.getStore(HammerbenchExtension.NAMESPACE)
                .getOrComputeIfAbsent(key(classContext), k -> new ClassRound(), ClassRound.class);
        synchronized (round) {
            if (round.comparison == null && round.failure == null) {
                String method = asking.getTestMethod().map(Method::getName).orElse("class");
                try {
                    round.comparison = run(hammer, Scopes.describe(classContext.getRequiredTestClass()),
                            Scopes.servers(classContext), asking, method, "class");
                } catch (RuntimeException e) {
                    round.failure = e;
                    round.failedIn = method;
                    throw e;
                }
            }
            if (round.failure != null) {
                throw new ExtensionConfigurationException("the class's @Hammer round failed in " + round.failedIn
                        + "(): " + round.failure.getMessage(), round.failure);
            }
            return round.comparison;
        }
    }

    /** The class's round, or why it failed. */
    private static final class ClassRound {
        Comparison comparison;
        RuntimeException failure;
        String failedIn;
    }

    /** @param baselineName the round's baseline file name: its method's, or "class" for the class's round */
    private static Comparison run(Hammer hammer, String where, List<LaunchedServer> launched, ExtensionContext context,
            String method, String baselineName) {
        HammerDeclaration declaration = HammerDeclaration.of(hammer, where, context);
        List<ServerInfo> targets = declaration.urls().isEmpty()
                ? launched.stream().map(LaunchedServer::info).toList()
                : declaration.urls();
        if (targets.isEmpty()) {
            throw new ExtensionConfigurationException("@Hammer on " + where + ": there is no server to hammer; "
                    + "accepted: @LaunchServer on the class or the method, or urls = \"name=http://127.0.0.1:8080/\"");
        }
        for (ServerInfo target : targets) {
            try {
                LoadEngine.check(declaration.plan(), target.name(), target.baseUri());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ExtensionConfigurationException("@Hammer on " + where + ": " + e.getMessage(), e);
            }
        }
        Comparison comparison = HammerRound.run(where, declaration, targets,
                line -> System.out.println("[hammerbench] " + line));
        BaselineGuard.afterRound(comparison, context, where, baselineName,
                line -> System.out.println("[hammerbench] " + line));
        Path root = HammerbenchExtension.outputDir(context);
        Path reportDir = root.resolve(context.getRequiredTestClass().getName()).resolve(Scopes.reportFolder(context, method));
        Publisher.publish(comparison, context, reportDir, root);
        return comparison;
    }

    private static String key(ExtensionContext context) {
        return ROUND + "@" + context.getUniqueId();
    }
}

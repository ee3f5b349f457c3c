package dev.hammerbench.junit;

import dev.hammerbench.measure.Platform;
import dev.hammerbench.server.LaunchedServer;
import dev.hammerbench.server.ServerLaunchException;
import dev.hammerbench.server.ServerSpec;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one extension behind {@link LaunchServer}, {@link Hammer} and {@link Server}: launches the
 * servers of a class before its first test and those of a method before it, and resolves
 * parameters. State lives in the context stores, never in fields.
 */
class HammerbenchExtension implements BeforeAllCallback, BeforeEachCallback, BeforeTestExecutionCallback,
        ParameterResolver, ExecutionCondition {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HammerbenchExtension.class);
    static final String OUTPUT_DIR_KEY = "hammerbench.output.dir";

    static {
        // before the first HttpClient or OSHI class initialises SLF4J
        QuietSlf4j.whereNoProvider();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return DockerCondition.evaluate(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        launch(context, testClass, Scopes.describe(testClass),
                outputDir(context).resolve("logs").resolve(testClass.getName()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        launch(context, context.getRequiredTestMethod(), Scopes.describe(context),
                outputDir(context).resolve("logs").resolve(context.getRequiredTestClass().getName())
                        .resolve(context.getRequiredTestMethod().getName()));
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Rounds.beforeMethod(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injection.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        return Injection.resolve(parameter, context);
    }

    private static void launch(ExtensionContext context, AnnotatedElement element, String where, Path logDir) {
        List<LaunchServer> declared = ServerDeclarations.on(element);
        if (declared.isEmpty() || Scopes.own(context) != null) {
            return;
        }
        try {
            Platform.portable(); // a bad knob is reported here, before anything is spawned or measured
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@LaunchServer on " + where + ": system property " + e.getMessage(), e);
        }
        List<String> inScope = Scopes.servers(context).stream().map(s -> s.info().name()).toList();
        List<ServerSpec> specs = ContainerDeclarations.onEngine(where,
                ServerDeclarations.specs(where, declared, inScope, logDir), context);
        ServerScope scope = Scopes.open(context);
        for (ServerSpec spec : specs) {
            try {
                scope.add(LaunchedServer.launch(spec));
            } catch (ServerLaunchException e) {
                // the scope is in the store: JUnit closes it, stopping the siblings already launched
                throw new ExtensionConfigurationException("@LaunchServer on " + where + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new ExtensionConfigurationException("@LaunchServer on " + where + ", server '" + spec.name()
                        + "': could not be launched: " + e, e);
            }
        }
    }

    static Path outputDir(ExtensionContext context) {
        return Path.of(context.getConfigurationParameter(OUTPUT_DIR_KEY).orElse("target/hammerbench"));
    }
}

package dev.hammerbench.junit;

import dev.hammerbench.server.DockerEngine;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a class or method whose servers are containers when no Docker engine answers, so a suite
 * with container comparisons still passes on a laptop without Docker; with
 * {@link LaunchServer#DOCKER_REQUIRED_KEY} the launch goes ahead and fails with the same reason.
 */
final class DockerCondition {

    private DockerCondition() {
    }

    static ConditionEvaluationResult evaluate(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        boolean needsDocker = element.isPresent()
                && ServerDeclarations.on(element.get()).stream().anyMatch(server -> !server.image().isBlank() || !server.dockerfile().isBlank());
        if (!needsDocker || !wellDeclared(element.get())) {
            // a misdeclared container (or Testcontainers missing) fails at launch, with or without an engine
            return ConditionEvaluationResult.enabled("no well-declared container servers here");
        }
        Optional<String> problem = DockerEngine.problem(context.getConfigurationParameter(LaunchServer.DOCKER_HOST_KEY)
                .map(String::strip).orElse(""));
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        if (context.getConfigurationParameter(LaunchServer.DOCKER_REQUIRED_KEY, Boolean::parseBoolean).orElse(false)) {
            return ConditionEvaluationResult.enabled(LaunchServer.DOCKER_REQUIRED_KEY + " is true: fail, not skip");
        }
        return ConditionEvaluationResult.disabled(problem.get() + " (set " + LaunchServer.DOCKER_REQUIRED_KEY
                + "=true to fail instead of skipping)");
    }

    private static boolean wellDeclared(AnnotatedElement element) {
        try {
            ServerDeclarations.on(element).forEach(server -> ContainerDeclarations.container("", server));
            return true;
        } catch (ExtensionConfigurationException e) {
            return false;
        }
    }
}

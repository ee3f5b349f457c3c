package dev.hammerbench.junit;

import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.server.LaunchedServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Which parameters Hammerbench fills, and with what. */
final class Injection {

    private Injection() {
    }

    static boolean supports(ParameterContext parameter) {
        return parameter.getParameter().getType() == ServerInfo.class;
    }

    static Object resolve(ParameterContext parameter, ExtensionContext context) {
        return launched(parameter, context).info();
    }

    private static LaunchedServer launched(ParameterContext parameter, ExtensionContext context) {
        List<LaunchedServer> servers = Scopes.servers(context);
        List<String> names = servers.stream().map(s -> s.info().name()).toList();
        Optional<Server> chosen = parameter.findAnnotation(Server.class);
        String what = describe(parameter, context);
        if (chosen.isPresent()) {
            return servers.stream().filter(s -> s.info().name().equals(chosen.get().value())).findFirst()
                    .orElseThrow(() -> new ParameterResolutionException(what + ": @Server(\"" + chosen.get().value()
                            + "\") names no server in scope; servers in scope: " + names));
        }
        if (servers.size() != 1) {
            throw new ParameterResolutionException(what + ": " + (servers.isEmpty()
                    ? "no server is in scope; declare one with @LaunchServer on the class or the method"
                    : "is ambiguous, " + servers.size() + " servers are in scope " + names
                            + "; choose one with @Server(\"name\")"));
        }
        return servers.get(0);
    }

    static String describe(ParameterContext parameter, ExtensionContext context) {
        return "parameter " + parameter.getIndex() + " (" + parameter.getParameter().getType().getSimpleName()
                + ") of " + Scopes.describe(parameter.getDeclaringExecutable().getDeclaringClass()) + "."
                + parameter.getDeclaringExecutable().getName() + "()";
    }
}

package dev.hammerbench.junit;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.server.LaunchedServer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Which parameters Hammerbench fills, and with what: a launched server's {@link ServerInfo}; and,
 * where a {@link Hammer} round is in scope, the whole {@link Comparison}, one server's
 * {@link ServerResult} or {@link HammerResult}, or its {@link MemorySnapshot} after the round.
 */
final class Injection {

    private static final Set<Class<?>> ROUND_TYPES =
            Set.of(Comparison.class, ServerResult.class, HammerResult.class, MemorySnapshot.class);

    private Injection() {
    }

    static boolean supports(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        return type == ServerInfo.class || ROUND_TYPES.contains(type);
    }

    static Object resolve(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        String what = describe(parameter);
        if (type == ServerInfo.class) {
            List<ServerInfo> launched = Scopes.servers(context).stream().map(LaunchedServer::info).toList();
            Optional<String> name = parameter.findAnnotation(Server.class).map(Server::value);
            boolean launchedHasIt = name.isEmpty() || launched.stream().anyMatch(s -> s.name().equals(name.get()));
            // a target from @Hammer(urls) is no launched server, but the round knows it
            if (launchedHasIt && !launched.isEmpty() || Rounds.inScope(context).isEmpty()) {
                return choose(parameter, what, launched, ServerInfo::name,
                        "declare one with @LaunchServer on the class or the method");
            }
        }
        Comparison round = Rounds.inScope(context).orElseThrow(() -> new ParameterResolutionException(what
                + ": no @Hammer round is in scope; put @Hammer on the method, or on the class to share one round"));
        if (type == Comparison.class) {
            if (parameter.isAnnotated(Server.class)) {
                throw new ParameterResolutionException(what + ": a Comparison holds every server; drop @Server, "
                        + "or ask for a ServerResult to get one server");
            }
            return round;
        }
        ServerResult server = choose(parameter, what, round.servers(), ServerResult::name,
                "the round has no server");
        if (type == ServerInfo.class) {
            return server.server();
        }
        if (type == HammerResult.class) {
            return server.hammer();
        }
        if (type == MemorySnapshot.class) {
            if (server.after().isEmpty()) {
                throw new ParameterResolutionException(what + ": server '" + server.name() + "' has no memory "
                        + "snapshot: it was not launched by @LaunchServer (an explicit url), or it was gone after the round");
            }
            return server.after().get();
        }
        return server;
    }

    private static <T> T choose(ParameterContext parameter, String what, List<T> candidates, Function<T, String> name,
            String whenNone) {
        List<String> names = candidates.stream().map(name).toList();
        Optional<Server> chosen = parameter.findAnnotation(Server.class);
        if (chosen.isPresent()) {
            return candidates.stream().filter(c -> name.apply(c).equals(chosen.get().value())).findFirst()
                    .orElseThrow(() -> new ParameterResolutionException(what + ": @Server(\"" + chosen.get().value()
                            + "\") names no server in scope; servers in scope: " + names));
        }
        if (candidates.size() != 1) {
            throw new ParameterResolutionException(what + ": " + (candidates.isEmpty()
                    ? "no server is in scope; " + whenNone
                    : "is ambiguous, " + candidates.size() + " servers are in scope " + names
                            + "; choose one with @Server(\"name\")"));
        }
        return candidates.get(0);
    }

    static String describe(ParameterContext parameter) {
        return "parameter " + parameter.getIndex() + " (" + parameter.getParameter().getType().getSimpleName()
                + ") of " + Scopes.describe(parameter.getDeclaringExecutable().getDeclaringClass()) + "."
                + parameter.getDeclaringExecutable().getName() + "()";
    }
}

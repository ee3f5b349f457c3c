package dev.hammerbench.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a command the way execvp would, to fail with a clear message before spawning. */
final class Executables {

    private Executables() {
    }

    static void check(String server, String program, Path workingDir) {
        if (program.contains("/")) {
            Path path = Path.of(program);
            if (!path.isAbsolute() && workingDir != null) {
                path = workingDir.resolve(path);
            }
            if (!Files.exists(path)) {
                throw new ServerLaunchException("server '" + server + "': command '" + program + "' does not exist ("
                        + path.toAbsolutePath() + "); give an existing executable file in command[0]");
            }
            if (Files.isDirectory(path) || !Files.isExecutable(path)) {
                throw new ServerLaunchException("server '" + server + "': command '" + program + "' is not executable ("
                        + path.toAbsolutePath() + "); chmod +x it, or run it through its interpreter, e.g. {\"sh\", \""
                        + program + "\"}");
            }
            return;
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return;
            }
        }
        throw new ServerLaunchException("server '" + server + "': command '" + program + "' was not found on the PATH ("
                + pathVariable + "); install it, or give its absolute path in command[0]");
    }
}

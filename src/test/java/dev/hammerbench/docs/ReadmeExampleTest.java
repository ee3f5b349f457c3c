package dev.hammerbench.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first example is what a newcomer copies: it must compile as it stands against the
 * library (annotation attributes, assertion names, imports), so a rename cannot leave it behind.
 */
class ReadmeExampleTest {

    private static final Pattern FIRST_JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesFirstExampleCompilesAgainstTheLibrary(@TempDir Path out) throws IOException {
        Matcher block = FIRST_JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertThat(block.find()).as("a ```java block in README.md").isTrue();
        String source = block.group(1);
        Matcher name = Pattern.compile("\\bclass (\\w+)").matcher(source);
        assertThat(name.find()).as("a class in the README's example:%n%s", source).isTrue();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name.group(1) + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = List.of("-proc:none", "-d", out.toString(),
                    "-cp", System.getProperty("java.class.path"));
            boolean compiled = javac.getTask(diagnostics, files, null, options, null, List.of(unit)).call();
            assertThat(compiled).as("javac on the README's example:%n%s%n%s", source, diagnostics).isTrue();
        }
        assertThat(out.resolve(name.group(1) + ".class")).isRegularFile();
    }
}

package dev.hammerbench.junit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * {@code ExtensionContext.publishFile} as the JUnit on the test classpath offers it. Users do not
 * choose their JUnit (Spring Boot 3.3 to 3.5 manage 5.10 to 5.12), and the method's media type
 * moved: 5.14 and 6.x take {@code org.junit.jupiter.api.MediaType}, 5.12 and 5.13 only
 * {@code org.junit.jupiter.api.extension.MediaType}, before 5.12 there is no such method. Each
 * variant is its own class, so a class this JUnit lacks is never loaded.
 */
interface FilePublishing {

    /** The variant for the JUnit on the classpath, chosen once. */
    FilePublishing AVAILABLE = choose();

    /** Hands one UTF-8 text file of media type {@code type/subtype} to JUnit, which copies it where it keeps outputs. */
    void publish(ExtensionContext context, String name, String type, String subtype, ThrowingConsumer<Path> copy);

    private static FilePublishing choose() {
        if (present("org.junit.jupiter.api.MediaType")) {
            return new Current();
        }
        if (present("org.junit.jupiter.api.extension.MediaType")) {
            return new Before514();
        }
        return (context, name, type, subtype, copy) -> {
            // JUnit before 5.12: no file publishing; the files are on disk, and their path is in a report entry
        };
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ExtensionContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** JUnit 5.14 and 6.x. */
    final class Current implements FilePublishing {
        @Override
        public void publish(ExtensionContext context, String name, String type, String subtype,
                ThrowingConsumer<Path> copy) {
            context.publishFile(name, org.junit.jupiter.api.MediaType.create(type, subtype, StandardCharsets.UTF_8),
                    copy);
        }
    }

    /** JUnit 5.12 and 5.13: the media type of 5.12, deprecated from 5.14 on. */
    final class Before514 implements FilePublishing {
        @Override
        @SuppressWarnings("deprecation")
        public void publish(ExtensionContext context, String name, String type, String subtype,
                ThrowingConsumer<Path> copy) {
            context.publishFile(name,
                    org.junit.jupiter.api.extension.MediaType.create(type, subtype, StandardCharsets.UTF_8), copy);
        }
    }
}

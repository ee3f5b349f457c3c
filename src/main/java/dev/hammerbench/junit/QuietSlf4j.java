package dev.hammerbench.junit;

import java.util.ServiceLoader;

/**
 * HttpClient and OSHI log through SLF4J, and a test classpath often has no SLF4J provider: then
 * SLF4J 2 prints "No SLF4J providers were found" on every run and logs nowhere. In exactly that
 * case this names SLF4J's own no-operation provider, which it would fall back to anyway, so the
 * run is the same without the warning. A build that has a provider, or says which one to use, is
 * left alone: no logger is bound for anyone. SLF4J 1.7 has no such switch and still warns.
 */
final class QuietSlf4j {

    static final String PROVIDER = "slf4j.provider";
    static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietSlf4j() {
    }

    static void whereNoProvider() {
        if (System.getProperty(PROVIDER) != null) {
            return;
        }
        ClassLoader loader = QuietSlf4j.class.getClassLoader();
        Class<?> spi;
        try {
            spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
            Class.forName("org.slf4j.helpers.NOP_FallbackServiceProvider", false, loader);
        } catch (ClassNotFoundException e) {
            return; // no SLF4J 2 here
        }
        if (ServiceLoader.load(spi, loader).stream().findFirst().isPresent()) {
            return;
        }
        System.setProperty(PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
        if (System.getProperty(VERBOSITY) == null) {
            // naming a provider makes SLF4J say so at INFO; its warnings and errors still print
            System.setProperty(VERBOSITY, "WARN");
        }
    }
}

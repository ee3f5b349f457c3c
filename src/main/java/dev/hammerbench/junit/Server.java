package dev.hammerbench.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Picks the server, by name, whose handle or results a parameter receives. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Server {

    /** The name given in {@link LaunchServer#name()} or {@link Hammer#urls()}. */
    String value();
}

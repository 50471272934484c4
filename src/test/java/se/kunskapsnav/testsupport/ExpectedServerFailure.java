package se.kunskapsnav.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class whose own Payara Micro fails on purpose (a start-up it must refuse, say): the SEVERE lines
 * in that server's log are what the class tests, so {@link ServerLogCheck} does not count them. The shared
 * server's log is checked while the class runs as for any other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExpectedServerFailure {

    /** Why the server fails. */
    String value();
}

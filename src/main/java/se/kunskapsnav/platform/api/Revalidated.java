package se.kunskapsnav.platform.api;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read whose answer is derived from what the change log records: anonymous callers get an
 * {@code ETag} and a {@code 304 Not Modified} when they send it back unchanged ({@link ChangeLogETags}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {
}

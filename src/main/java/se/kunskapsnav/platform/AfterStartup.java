package se.kunskapsnav.platform;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class with scheduled jobs ({@code @Schedule}): a run that comes before start-up has finished is skipped
 * ({@link AfterStartupInterceptor}), so no job reads a table that a migration has yet to create. Every class
 * with a {@code @Schedule} method carries it (the architecture test checks).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AfterStartup {
}

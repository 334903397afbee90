package org.casework.api.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint that shows a person's file, its history or an as-of view: every request to it is written to the
 * read-access log. The file is the one in the path ({@code /api/clients/{id}}, {@code /api/families/{id}},
 * {@code /api/engagements/{id}}, or the same under {@code /api/audit/}), or the client named by the request
 * parameter {@link #clientParameter()}; a request that names no file is not logged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalRead {

    String clientParameter() default "";
}

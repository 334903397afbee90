package org.casework.command.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a command's component whose fields the API sends at the top level of its body (a client's personal data, a
 * status entry): {@link CommandInputGuard} names them without the component's name, as the caller knows them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Flat {
}

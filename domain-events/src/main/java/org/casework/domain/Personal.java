package org.casework.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Personal data of the person whose file an event belongs to (the client; for family events, the family). It is
 * stored encrypted with that file's own key, and when the key is destroyed (erasure) it reads back erased: a text
 * as {@link #ERASED}, each text of a list as {@link #ERASED}, a date as null. A null stays null. A component of
 * record type is not marked itself; its own personal components are. The rule in code: {@link Erasure}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {

    /** What an erased text reads as, in events, read models and answers. */
    String ERASED = "[erased]";
}

package io.postgate.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component of an event as personal data. The audit trail keeps its value out of the
 * hashed entry (the entry holds a salted commitment), so erasing the person does not break verification.
 * The value belongs to the user named by a username property beside it, or else to the event's actor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD })
public @interface PersonalData {
}

package ru.otklik.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A full OKTMO code (ОКТМО): 8 digits (municipality) or 11 (settlement). */
@Documented
@Pattern(regexp = Oktmo.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Oktmo {

    String PATTERN = "^[0-9]{8}([0-9]{3})?$";

    String message() default "{otklik.oktmo}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

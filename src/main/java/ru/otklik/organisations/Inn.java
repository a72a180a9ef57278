package ru.otklik.organisations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An INN (ИНН) of 10 or 12 digits with valid check digits; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = Inn.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Inn {

    String message() default "{otklik.inn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RegistryNumbers.isValidInn(value);
        }
    }
}

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

/** An OGRN (ОГРН, 13 digits) or OGRNIP (ОГРНИП, 15 digits) with a valid check digit; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = Ogrn.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Ogrn {

    String message() default "{otklik.ogrn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Ogrn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RegistryNumbers.isValidOgrn(value);
        }
    }
}

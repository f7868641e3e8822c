package cn.csp.portal.partner;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Chinese address (country CN) has a six-digit postal code. Other countries are only checked for
 * length. The violation is reported on the {@code postalCode} field.
 */
@Documented
@Constraint(validatedBy = PostalCodeMatchesCountry.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PostalCodeMatchesCountry {
  String message() default "{cn.csp.portal.partner.PostalCodeMatchesCountry.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PostalCodeMatchesCountry, Address> {

    @Override
    public boolean isValid(Address address, ConstraintValidatorContext context) {
      if (address == null
          || address.postalCode() == null
          || !"CN".equals(address.country())
          || address.postalCode().matches("\\d{6}")) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("postalCode")
          .addConstraintViolation();
      return false;
    }
  }
}

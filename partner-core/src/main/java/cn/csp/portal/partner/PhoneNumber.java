package cn.csp.portal.partner;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A telephone number a Chinese partner would give: a mobile number (1 + 10 digits), a landline with
 * its area code (0 + 2-3 digits, 7-8 digits, optional extension) or a 400/800 service number, with
 * an optional +86 prefix (which drops the landline's leading 0); spaces and hyphens may group the
 * digits. Null is valid (use {@code @NotBlank} where the number is required).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(
    regexp =
        "\\+86[ -]?(1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|[48]00[ -]?\\d{3}[ -]?\\d{4}"
            + "|[1-9]\\d{1,2}[ -]?\\d{3,4}[ -]?\\d{4}([ -]\\d{1,6})?)"
            + "|1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|[48]00[ -]?\\d{3}[ -]?\\d{4}"
            + "|0\\d{2,3}[ -]?\\d{3,4}[ -]?\\d{4}([ -]\\d{1,6})?")
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PhoneNumber {
  String message() default "{cn.csp.portal.partner.PhoneNumber.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

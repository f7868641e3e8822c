package cn.csp.portal.web.form;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal of the domain on the form that caused it: next to its field when the refusal names
 * one (or the form calls that field differently, see {@code fieldNames}), otherwise at the top of
 * the form.
 */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult form, BusinessRuleViolation violation) {
    reject(form, violation, Map.of());
  }

  /**
   * @param fieldNames the form's names for the domain's field names, e.g. {@code email ->
   *     adminEmail}; {@code "*"} names the field for refusals that name none
   */
  public static void reject(
      BindingResult form, BusinessRuleViolation violation, Map<String, String> fieldNames) {
    String domainField = violation.field() == null ? "*" : violation.field();
    String field = fieldNames.getOrDefault(domainField, violation.field());
    if (field != null && form.getFieldType(field) != null) {
      form.rejectValue(field, violation.messageKey(), violation.arguments(), null);
    } else {
      form.reject(violation.messageKey(), violation.arguments(), null);
    }
  }

  /**
   * Calls the domain unless the form already has errors. A refusal goes on the form (see {@link
   * #reject(BindingResult, BusinessRuleViolation, Map)}); a not-found is thrown on, for the 404
   * page.
   *
   * @return the call's result, or empty when the form had errors or the call was refused
   */
  public static <T> Optional<T> attempt(
      BindingResult form, Map<String, String> fieldNames, Supplier<T> call) {
    if (form.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(call.get());
    } catch (NotFound notFound) {
      throw notFound;
    } catch (BusinessRuleViolation refused) {
      reject(form, refused, fieldNames);
      return Optional.empty();
    }
  }

  /** {@link #attempt} for a call that returns nothing: whether it was made and not refused. */
  public static boolean attempt(BindingResult form, Runnable call) {
    return attempt(
            form,
            Map.of(),
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }
}

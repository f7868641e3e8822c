package cn.csp.portal.web.form;

import cn.csp.portal.kernel.BusinessRuleViolation;
import java.util.Map;
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
}

package cn.csp.portal.web.api;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Checks a value a {@code /v1} body was turned into against the domain record's own constraints
 * before it reaches a facade, so a bad body is a 400 naming the fields (the facade's method
 * validation would refuse it too, but without the request's field names).
 */
@Component
public class ApiValidator {

  private final SmartValidator validator;

  ApiValidator(SmartValidator validator) {
    this.validator = validator;
  }

  /**
   * @param name the object's name in the binding result
   * @throws BindException when the value breaks a constraint, which {@link ApiExceptionResolver}
   *     answers 400 with the fields
   */
  public void require(Object value, String name) throws BindException {
    // by field: the domain's records have no bean getters
    DirectFieldBindingResult result = new DirectFieldBindingResult(value, name);
    validator.validate(value, result);
    if (result.hasErrors()) {
      throw new BindException(result);
    }
  }
}

package cn.csp.portal.web.error;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refusal of the domain into a page that says what went wrong in the user's language, with
 * the right status: 404 for what does not exist (or is not the partner's), 409 for the rest.
 */
@ControllerAdvice
class BusinessErrorAdvice {

  static final String VIEW = "error";

  private final MessageSource messages;

  BusinessErrorAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(PermissionDenied.class)
  ModelAndView forbidden(PermissionDenied denied, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return ForbiddenPage.of(List.of(denied.permission()));
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ModelAndView refused(
      BusinessRuleViolation violation, Locale locale, HttpServletResponse response) {
    HttpStatus status = violation instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView(VIEW, status);
    page.addObject("status", status.value());
    page.addObject(
        "detail",
        messages.getMessage(
            violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
    return page;
  }
}

package cn.csp.portal.web.error;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refusal of the domain into a page that says what went wrong in the user's language, with
 * the right status: 404 for what does not exist (or is not the partner's), 409 for the rest.
 */
@ControllerAdvice
class BusinessErrorAdvice {

  static final String VIEW = "error";
  private static final Logger log = LoggerFactory.getLogger(BusinessErrorAdvice.class);

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
    return page(
        status,
        messages.getMessage(
            violation.messageKey(), violation.arguments(), violation.messageKey(), locale),
        response);
  }

  /**
   * A constraint of the database stopped a write that the checks before it let through: two users
   * saving the same unique name at the same moment. Nothing was saved; the user may try again.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ModelAndView conflicted(
      DataIntegrityViolationException conflict, Locale locale, HttpServletResponse response) {
    log.warn(
        "A write was refused by a database constraint: {}",
        conflict.getMostSpecificCause().getMessage());
    return page(
        HttpStatus.CONFLICT,
        messages.getMessage("error.concurrentConflict", null, locale),
        response);
  }

  /** An upload above the container's limits: the user is told the limit, not shown a 500. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(Locale locale, HttpServletResponse response) {
    return page(
        HttpStatus.BAD_REQUEST,
        messages.getMessage("error.uploadTooLarge", null, locale),
        response);
  }

  private static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView(VIEW, status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }
}

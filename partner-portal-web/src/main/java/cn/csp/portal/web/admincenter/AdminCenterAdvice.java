package cn.csp.portal.web.admincenter;

import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every admin center page needs, and its error page: a refusal (an unknown invitation link,
 * say) is shown in the admin center's own frame rather than the partner portal's. Runs before the
 * portal-wide error advice.
 */
@ControllerAdvice(basePackageClasses = AdminCenterAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminCenterAdvice {

  static final String ERROR_VIEW = "admin-center/error";

  private final MessageSource messages;

  AdminCenterAdvice(MessageSource messages) {
    this.messages = messages;
  }

  /** Dates are shown in China time, as everywhere else in the portal. */
  @ModelAttribute("timeZone")
  String timeZone() {
    return AuditQuery.ZONE.getId();
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ModelAndView refused(
      BusinessRuleViolation violation, Locale locale, HttpServletResponse response) {
    HttpStatus status = violation instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView(ERROR_VIEW, status);
    page.addObject(
        "detail",
        messages.getMessage(
            violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
    return page;
  }
}

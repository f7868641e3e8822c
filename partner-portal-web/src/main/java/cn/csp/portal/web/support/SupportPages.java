package cn.csp.portal.web.support;

import cn.csp.portal.kernel.AuditQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the support pages share (the partner's and the operator desk's): the time zone times are
 * shown in, and 404 for a path id that is not an id.
 */
@ControllerAdvice(basePackageClasses = SupportPages.class)
class SupportPages {

  /** Times are shown in China Standard Time, as on the portal's other pages. */
  @ModelAttribute("timeZone")
  String timeZone() {
    return AuditQuery.ZONE.getId();
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notAnId(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}

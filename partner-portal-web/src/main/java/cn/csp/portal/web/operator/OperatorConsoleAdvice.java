package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.AuditQuery;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page needs. */
@ControllerAdvice(basePackageClasses = OperatorConsoleAdvice.class)
class OperatorConsoleAdvice {

  /** Console times are shown in China, as the audit log's date filters count days there. */
  @ModelAttribute("timeZone")
  String timeZone() {
    return AuditQuery.ZONE.getId();
  }
}

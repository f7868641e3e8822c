package cn.csp.portal.web.account;

import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.AuditLog.RecordedAuditEntry;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.form.AuditFilterForm;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A partner's own audit log, for its global admins. The partner is always the signed-in user's; the
 * filter form has no field that could name another.
 */
@Controller
@RequiresPermission(Permission.AUDIT_LOG_VIEW)
class AuditLogController {

  static final String VIEW = "account/audit";

  private final AuditLog auditLog;

  AuditLogController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/account/audit")
  String auditLog(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("filter") AuditFilterForm filter,
      BindingResult result,
      ListPage page,
      Model model) {
    Pageable requested = ListPaging.page(page);
    Page<RecordedAuditEntry> entries =
        filter
            .toQuery(user.partnerId(), result)
            .map(query -> auditLog.search(query, requested))
            .orElseGet(() -> Page.empty(requested));
    model.addAttribute("entries", entries);
    model.addAttribute("timeZone", AuditQuery.ZONE.getId());
    return VIEW;
  }
}

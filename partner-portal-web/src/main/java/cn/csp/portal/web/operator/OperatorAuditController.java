package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.AuditLog.RecordedAuditEntry;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The whole audit log, for operators: every partner's entries and those of no partner. */
@Controller
class OperatorAuditController {

  static final String VIEW = "operator/audit";

  private final AuditLog auditLog;
  private final PartnerAccounts partners;

  OperatorAuditController(AuditLog auditLog, PartnerAccounts partners) {
    this.auditLog = auditLog;
    this.partners = partners;
  }

  @GetMapping("/operator/audit")
  String auditLog(
      @ModelAttribute("filter") OperatorAuditFilterForm filter,
      BindingResult result,
      ListPage page,
      Model model) {
    Pageable requested = ListPaging.page(page);
    Optional<AuditQuery> query =
        filter.getMpnId() == null ? filter.toQuery(null, result) : partnerQuery(filter, result);
    Page<RecordedAuditEntry> entries =
        query.map(q -> auditLog.search(q, requested)).orElseGet(() -> Page.empty(requested));
    model.addAttribute("entries", entries);
    return VIEW;
  }

  private Optional<AuditQuery> partnerQuery(OperatorAuditFilterForm filter, BindingResult result) {
    Optional<UUID> partnerId = partners.findPartnerIdByMpnId(filter.getMpnId());
    if (partnerId.isEmpty()) {
      result.rejectValue("mpnId", "operator.audit.partnerUnknown");
      return Optional.empty();
    }
    return filter.toQuery(partnerId.get(), result);
  }
}

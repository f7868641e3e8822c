package cn.csp.portal.web.billing;

import cn.csp.portal.billing.InvoicePreviews;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Billing > Next invoice: what the coming invoice contains so far, rated as its billing run would
 * but with nothing written.
 */
@Controller
@RequiresPermission(Permission.BILLING_VIEW)
class InvoicePreviewController {

  static final String VIEW = "billing/preview";

  private final InvoicePreviews previews;

  InvoicePreviewController(InvoicePreviews previews) {
    this.previews = previews;
  }

  @GetMapping("/billing/preview")
  String preview(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("preview", previews.preview(user.partnerId(), user.actor()).orElse(null));
    return VIEW;
  }
}

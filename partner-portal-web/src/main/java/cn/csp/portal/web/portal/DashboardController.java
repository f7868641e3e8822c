package cn.csp.portal.web.portal;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Dashboard > Overview: the partner at a glance and a tile for every area the user may enter. */
@Controller
class DashboardController {

  static final String VIEW = "dashboard";

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;

  DashboardController(PartnerAccounts partners, CustomerDirectory customers) {
    this.partners = partners;
    this.customers = customers;
  }

  @GetMapping("/dashboard")
  String dashboard(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute(
        "partner",
        partners
            .findOverview(user.partnerId())
            .orElseThrow(() -> new NotFound("partner.notFound")));
    model.addAttribute(
        "tiles",
        Arrays.stream(PortalSection.values())
            .filter(section -> section != PortalSection.DASHBOARD)
            .filter(section -> section.isOpenTo(user.getAuthorities()))
            .toList());
    if (user.has(Permission.CUSTOMER_VIEW)) {
      model.addAttribute("customerCount", customers.countCustomersOf(user.partnerId()));
    }
    return VIEW;
  }
}

package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CustomerPartner;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.web.security.AdminCenterPrincipal;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The simulated Office 365 admin center operated by 21Vianet (spec 1.2): sign-in, and the home page
 * with the customer's partner relationships, where delegated admin privileges can be removed (spec
 * 2.29) and each partner's support contacts are listed (spec 2.33). Subscriptions are the partner's
 * to manage: nothing here changes them. Removing delegated admin privileges is the customer's own
 * admin's; a partner user administering on behalf of the customer cannot reach it (the security
 * configuration refuses it, and the page does not offer it).
 */
@Controller
class AdminCenterController {

  static final String LOGIN_VIEW = "admin-center/login";
  static final String HOME_VIEW = "admin-center/home";

  /** Flash attributes the home page shows once: the partner's company name. */
  static final String ACCEPTED = "acceptedPartner";

  static final String REVOKED = "revokedPartner";

  private final CustomerRelationships relationships;

  AdminCenterController(CustomerRelationships relationships) {
    this.relationships = relationships;
  }

  @GetMapping("/admin-center/login")
  String login(@CurrentUser AdminCenterPrincipal admin) {
    return admin != null ? "redirect:/admin-center" : LOGIN_VIEW;
  }

  @GetMapping("/admin-center")
  String home(@CurrentUser AdminCenterPrincipal admin, Model model) {
    model.addAttribute("admin", admin);
    model.addAttribute("partners", relationships.partnersOf(admin.customerId()));
    return HOME_VIEW;
  }

  @PostMapping("/admin-center/partners/{partnerId}/revoke-delegated-admin")
  String revokeDelegatedAdmin(
      @CurrentUser CustomerAdminPrincipal admin,
      @PathVariable UUID partnerId,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Model model,
      RedirectAttributes redirect) {
    if (!confirmed) {
      model.addAttribute("unconfirmedPartnerId", partnerId);
      return home(admin, model);
    }
    relationships.revokeDelegatedAdmin(admin.customerId(), partnerId, admin.actor());
    List<CustomerPartner> partners = relationships.partnersOf(admin.customerId());
    partners.stream()
        .filter(partner -> partner.partnerId().equals(partnerId))
        .findFirst()
        .ifPresent(partner -> redirect.addFlashAttribute(REVOKED, partner.companyName()));
    return "redirect:/admin-center";
  }
}

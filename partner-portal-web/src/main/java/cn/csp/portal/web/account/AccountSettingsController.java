package cn.csp.portal.web.account;

import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.security.ClientAddresses;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dashboard > Account settings: the entry to profiles, users, agreements, the audit log, App
 * management and My API tokens, each shown only to those who may open it; and the agreements page
 * (spec 2.2).
 */
@Controller
class AccountSettingsController {

  static final String HOME_VIEW = "account/home";
  static final String AGREEMENTS_VIEW = "account/agreements";

  private final PartnerAccounts partners;
  private final Agreements agreements;

  AccountSettingsController(PartnerAccounts partners, Agreements agreements) {
    this.partners = partners;
    this.agreements = agreements;
  }

  /** The section's own permissions (PortalSection) decide who gets here; the page adapts. */
  @GetMapping("/account")
  String home(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute(
        "partner",
        partners
            .findOverview(user.partnerId())
            .orElseThrow(() -> new NotFound("partner.notFound")));
    model.addAttribute("canViewProfiles", user.has(Permission.PROFILE_VIEW));
    model.addAttribute("canManageUsers", user.has(Permission.USER_MANAGE));
    model.addAttribute("canCustomizeCatalog", user.has(Permission.CATALOG_CUSTOMIZE));
    model.addAttribute("canViewAgreements", user.has(Permission.AGREEMENT_VIEW));
    model.addAttribute("canViewAudit", user.has(Permission.AUDIT_LOG_VIEW));
    model.addAttribute("canManageApps", user.has(Permission.API_MANAGE));
    return HOME_VIEW;
  }

  @GetMapping("/account/agreements")
  @RequiresPermission(Permission.AGREEMENT_VIEW)
  String agreements(@CurrentUser PartnerUserPrincipal user, Model model) {
    var acceptances = agreements.acceptancesOf(user.partnerId());
    model.addAttribute("acceptances", acceptances);
    model.addAttribute("versions", agreements.allVersions());
    agreements
        .current(AgreementType.RESELLER_AGREEMENT)
        .filter(current -> acceptances.stream().noneMatch(a -> a.agreement().equals(current)))
        .ifPresent(unaccepted -> model.addAttribute("unaccepted", unaccepted));
    model.addAttribute("mayAccept", user.has(Permission.PROGRAM_ENROLL));
    return AGREEMENTS_VIEW;
  }

  /** An active partner's global admin accepts a newer version of the reseller agreement. */
  @PostMapping("/account/agreements/accept")
  @RequiresPermission(Permission.PROGRAM_ENROLL)
  String accept(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam UUID agreementId,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    agreements.accept(user.partnerId(), agreementId, ClientAddresses.of(request), user.actor());
    redirect.addFlashAttribute("accepted", true);
    return "redirect:/account/agreements";
  }
}

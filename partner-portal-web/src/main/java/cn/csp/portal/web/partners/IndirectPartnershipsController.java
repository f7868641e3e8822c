package cn.csp.portal.web.partners;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnershipRequest;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work with other partners: the two-tier model (spec 2.27, 2.29 [GLOBAL]). A provider requests a
 * partnership by the reseller's MPN ID; the reseller's global admins get a personalised link whose
 * page authorizes the provider. Each then sees the other in its lists.
 */
@Controller
@RequestMapping("/partners")
@RequiresPermission(Permission.RESELLER_REGISTER)
class IndirectPartnershipsController {

  static final String LIST_VIEW = "partners/list";
  static final String AUTHORIZE_VIEW = "partners/authorize";

  private final IndirectPartnerships partnerships;
  private final PartnerAccounts partners;
  private final SmartValidator validator;

  IndirectPartnershipsController(
      IndirectPartnerships partnerships, PartnerAccounts partners, SmartValidator validator) {
    this.partnerships = partnerships;
    this.partners = partners;
    this.validator = validator;
  }

  @GetMapping
  String list(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("requestForm", new PartnershipRequestForm());
    return listPage(user, model);
  }

  @PostMapping("/resellers")
  String requestPartnership(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("requestForm") PartnershipRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    validator.validate(form.toCommand(), result);
    if (!result.hasErrors()) {
      try {
        partnerships.requestPartnership(user.partnerId(), form.getMpnId(), user.actor());
        redirect.addFlashAttribute("requestedMpnId", form.getMpnId());
        return "redirect:/partners";
      } catch (PermissionDenied denied) {
        throw denied;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return listPage(user, model);
  }

  @GetMapping("/providers/authorize/{token}")
  String authorizePage(
      @CurrentUser PartnerUserPrincipal user, @PathVariable String token, Model model) {
    model.addAttribute("request", requestTo(user, token));
    model.addAttribute("token", token);
    model.addAttribute("timeZone", zoneOf(user));
    return AUTHORIZE_VIEW;
  }

  /** "Authorize indirect provider", after the reseller ticked the box. */
  @PostMapping("/providers/authorize/{token}")
  String authorize(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable String token,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    requestTo(user, token);
    if (!confirm) {
      redirect.addFlashAttribute("errorKey", "partners.authorize.confirmRequired");
      return "redirect:/partners/providers/authorize/" + token;
    }
    try {
      partnerships.authorize(token, user.partnerId(), user.actor());
    } catch (PermissionDenied | NotFound answeredByTheirOwnPage) {
      throw answeredByTheirOwnPage;
    } catch (BusinessRuleViolation refused) {
      redirect.addFlashAttribute("errorKey", refused.messageKey());
      return "redirect:/partners/providers/authorize/" + token;
    }
    redirect.addFlashAttribute("doneKey", "partners.authorize.done");
    return "redirect:/partners";
  }

  private String listPage(PartnerUserPrincipal user, Model model) {
    model.addAttribute("resellers", partnerships.resellersOf(user.partnerId()));
    model.addAttribute("providers", partnerships.providersOf(user.partnerId()));
    model.addAttribute("timeZone", zoneOf(user));
    return LIST_VIEW;
  }

  /**
   * The request behind the link, for the reseller it names only: to anyone else it does not exist.
   */
  private PartnershipRequest requestTo(PartnerUserPrincipal user, String token) {
    return partnerships
        .findRequest(token)
        .filter(request -> request.resellerId().equals(user.partnerId()))
        .orElseThrow(() -> new NotFound("partners.request.notFound"));
  }

  /** Dates show in the partner's own time zone. */
  private String zoneOf(PartnerUserPrincipal user) {
    return partners
        .findOverview(user.partnerId())
        .map(PartnerOverview::timeZone)
        .orElseThrow()
        .getId();
  }
}

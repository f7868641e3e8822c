package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitingPartner;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's reseller relationship invitation, as the customer admin opens it from the e-mail
 * (spec 2.29 step 3): who asks, what accepting means, and the acceptance. The token is the only
 * thing the link carries; an unknown one is a 404 whatever it looks like.
 */
@Controller
class InvitationController {

  static final String VIEW = "admin-center/invitation";

  private final CustomerRelationships relationships;
  private final MessageSource messages;

  InvitationController(CustomerRelationships relationships, MessageSource messages) {
    this.relationships = relationships;
    this.messages = messages;
  }

  @GetMapping(Invitation.PATH_PREFIX + "{token}")
  String invitation(
      @CurrentUser CustomerAdminPrincipal admin,
      @PathVariable String token,
      @RequestParam(required = false) String reseller,
      Model model) {
    InvitingPartner partner = invitingPartner(token, reseller);
    model.addAttribute("token", token);
    model.addAttribute("reseller", partner.resellerId() == null ? null : reseller);
    model.addAttribute("partner", partner);
    model.addAttribute(
        "alreadyDelegated",
        relationships.hasDelegatedAdmin(partner.partnerId(), admin.customerId()));
    return VIEW;
  }

  @PostMapping(Invitation.PATH_PREFIX + "{token}/accept")
  String accept(
      @CurrentUser CustomerAdminPrincipal admin,
      @PathVariable String token,
      @RequestParam(required = false) String reseller,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    InvitingPartner partner = invitingPartner(token, reseller);
    try {
      relationships.acceptInvitation(token, reseller, admin.customerId(), admin.actor());
    } catch (NotFound notFound) {
      throw notFound;
    } catch (BusinessRuleViolation refused) {
      // e.g. the partner is suspended: say why on the invitation itself
      model.addAttribute(
          "refusal",
          messages.getMessage(
              refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
      return invitation(admin, token, reseller, model);
    }
    redirect.addFlashAttribute(AdminCenterController.ACCEPTED, partner.companyName());
    return "redirect:/admin-center";
  }

  /** The invitation, and the reseller that forwarded it; a forged reseller is no invitation. */
  private InvitingPartner invitingPartner(String token, String reseller) {
    return relationships
        .findInvitation(token, reseller)
        .orElseThrow(() -> new NotFound("relationship.invitation.notFound"));
  }
}

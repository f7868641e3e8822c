package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitationText;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartnerships;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Customers > Request a reseller relationship (spec 2.29): the e-mail to send to a customer, whose
 * first two paragraphs the partner may rewrite, and the partner's permanent link, which it may not.
 */
@Controller
@RequestMapping(RelationshipRequestController.PATH)
@RequiresPermission(Permission.RELATIONSHIP_REQUEST)
class RelationshipRequestController {

  static final String PATH = "/customers/relationship-request";
  static final String VIEW = "customers/relationship-request";
  static final String FORM = "form";
  static final String PROVIDER_LINKS_VIEW = "customers/provider-invitations";

  private final CustomerRelationships relationships;
  private final IndirectPartnerships indirectPartnerships;
  private final SmartValidator validator;

  RelationshipRequestController(
      CustomerRelationships relationships,
      IndirectPartnerships indirectPartnerships,
      SmartValidator validator) {
    this.relationships = relationships;
    this.indirectPartnerships = indirectPartnerships;
    this.validator = validator;
  }

  @GetMapping
  String show(@CurrentUser PartnerUserPrincipal user, Model model) {
    if (indirectPartnerships.isResellerUnderAProvider(user.partnerId())) {
      // spec 2.27: a reseller under a provider sends its provider's link, marked with its MPN ID
      model.addAttribute(
          "providerInvitations",
          relationships.providerInvitationsFor(user.partnerId(), user.actor()).stream()
              .map(
                  invitation ->
                      new ProviderLink(
                          invitation.providerCompanyName(),
                          invitation.providerMpnId(),
                          absolute(invitation.path())))
              .toList());
      return PROVIDER_LINKS_VIEW;
    }
    Invitation invitation = relationships.invitationOf(user.partnerId(), user.actor());
    model.addAttribute(FORM, InvitationTextForm.of(invitation));
    return view(invitation, model);
  }

  @PostMapping
  String save(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(FORM) InvitationTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    InvitationText text = form.toText();
    validator.validate(text, result);
    if (!result.hasErrors()) {
      try {
        relationships.updateInvitationText(user.partnerId(), text, user.actor());
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PATH;
      } catch (PermissionDenied | NotFound notAboutTheInput) {
        throw notAboutTheInput;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return view(relationships.invitationOf(user.partnerId(), user.actor()), model);
  }

  /** The e-mail as saved; the link is absolute, on the host the partner reached the portal by. */
  private static String view(Invitation invitation, Model model) {
    model.addAttribute("invitation", invitation);
    model.addAttribute("invitationUrl", absolute(invitation.path()));
    return VIEW;
  }

  /** A link on the host the partner reached the portal by. */
  private static String absolute(String path) {
    return ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(path)
        .build(false)
        .toUriString();
  }

  /** A provider's invitation as the reseller copies it. */
  public record ProviderLink(String providerCompanyName, String providerMpnId, String url) {}
}
